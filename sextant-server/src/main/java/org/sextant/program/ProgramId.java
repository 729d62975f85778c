package org.sextant.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a program. */
public record ProgramId(@JsonValue long value) {

    @JsonCreator
    public static ProgramId of(long value) {
        return new ProgramId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
