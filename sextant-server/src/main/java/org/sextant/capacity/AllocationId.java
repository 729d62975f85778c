package org.sextant.capacity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an allocation. */
public record AllocationId(@JsonValue long value) {

    @JsonCreator
    public static AllocationId of(long value) {
        return new AllocationId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
