package org.sextant.schedule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a WBS task. */
public record TaskId(@JsonValue long value) {

    @JsonCreator
    public static TaskId of(long value) {
        return new TaskId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
