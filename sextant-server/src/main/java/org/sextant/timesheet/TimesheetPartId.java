package org.sextant.timesheet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one project's part of a timesheet: the unit that is approved or rejected. */
public record TimesheetPartId(@JsonValue long value) {

    @JsonCreator
    public static TimesheetPartId of(long value) {
        return new TimesheetPartId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
