package org.sextant.schedule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a dependency between two tasks. */
public record DependencyId(@JsonValue long value) {

    @JsonCreator
    public static DependencyId of(long value) {
        return new DependencyId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
