package org.sextant.engine.schedule;

import java.util.Objects;

/**
 * One resource's share of an activity's work: {@code workMinutes} of effort at {@code units} (1.0 =
 * full time) on the resource's calendar {@code calendarId}. Its duration is work ÷ units working
 * minutes of that calendar (intersected with the activity's own calendar when it has one), rounded
 * to the minute.
 */
public record Assignment(String calendarId, long workMinutes, double units) {

    public Assignment {
        Objects.requireNonNull(calendarId, "calendarId");
        if (workMinutes < 0) {
            throw new IllegalArgumentException("assignment on " + calendarId + " has negative work (" + workMinutes + " min)");
        }
        if (!(units > 0) || Double.isInfinite(units)) {
            throw new IllegalArgumentException("assignment on " + calendarId + " needs positive units, not " + units);
        }
    }

    /** Working minutes the assignment lasts: work ÷ units. */
    public long durationMinutes() {
        return Math.round(workMinutes / units);
    }
}
