package org.sextant.transfer;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identity of an import job. */
public record ImportJobId(@JsonValue long value) {

    public static ImportJobId of(long value) {
        return new ImportJobId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
