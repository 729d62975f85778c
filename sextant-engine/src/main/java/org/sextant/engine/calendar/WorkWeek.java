package org.sextant.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * A dated period (inclusive) in which the given weekdays follow their own pattern instead of the
 * calendar's default week (MS Project's "work weeks"). Weekdays absent from {@code days} keep the
 * default week.
 */
public record WorkWeek(LocalDate from, LocalDate to, Map<DayOfWeek, DayPattern> days) {

    public WorkWeek {
        days = Map.copyOf(days);
    }

    /** Whether the period covers a date. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
