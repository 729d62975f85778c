package org.sextant.engine.leveling;

import java.util.Objects;

/** Identifies an activity within one leveling problem (a task key, never a database id). */
public record ActivityId(String value) {
    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
