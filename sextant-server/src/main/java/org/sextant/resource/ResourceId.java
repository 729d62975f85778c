package org.sextant.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a resource (person, role or equipment). */
public record ResourceId(@JsonValue long value) {

    @JsonCreator
    public static ResourceId of(long value) {
        return new ResourceId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
