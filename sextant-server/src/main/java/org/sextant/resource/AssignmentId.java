package org.sextant.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an assignment of a resource to a task. */
public record AssignmentId(@JsonValue long value) {

    @JsonCreator
    public static AssignmentId of(long value) {
        return new AssignmentId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
