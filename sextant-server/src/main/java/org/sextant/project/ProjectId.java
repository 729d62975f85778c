package org.sextant.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a project. */
public record ProjectId(@JsonValue long value) {

    @JsonCreator
    public static ProjectId of(long value) {
        return new ProjectId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
