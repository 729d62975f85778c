package org.sextant.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a skill. */
public record SkillId(@JsonValue long value) {

    @JsonCreator
    public static SkillId of(long value) {
        return new SkillId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
