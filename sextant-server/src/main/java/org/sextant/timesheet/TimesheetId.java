package org.sextant.timesheet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one user's timesheet of one week. */
public record TimesheetId(@JsonValue long value) {

    @JsonCreator
    public static TimesheetId of(long value) {
        return new TimesheetId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
