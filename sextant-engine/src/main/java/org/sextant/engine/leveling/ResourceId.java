package org.sextant.engine.leveling;

import java.util.Objects;

/** Identifies a renewable resource (person, role, equipment) within one leveling problem. */
public record ResourceId(String value) {
    public ResourceId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
