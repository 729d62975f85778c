package org.sextant.schedule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a working-time calendar. */
public record CalendarId(@JsonValue long value) {

    @JsonCreator
    public static CalendarId of(long value) {
        return new CalendarId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
