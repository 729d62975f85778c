package org.sextant.leveling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identity of a leveling job. */
public record LevelingJobId(@JsonValue long value) {

    @JsonCreator
    public static LevelingJobId of(long value) {
        return new LevelingJobId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
