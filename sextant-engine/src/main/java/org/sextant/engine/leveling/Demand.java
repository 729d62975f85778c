package org.sextant.engine.leveling;

import java.util.Objects;

/** An activity needs {@code units} of a resource in every period it is in progress. */
public record Demand(ResourceId resource, int units) {
    public Demand {
        Objects.requireNonNull(resource, "resource");
        if (units < 0) {
            throw new IllegalArgumentException("units must be >= 0: " + units);
        }
    }
}
