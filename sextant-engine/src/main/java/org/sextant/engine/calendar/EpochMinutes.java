package org.sextant.engine.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Conversion between {@link LocalDateTime} and the engine's instant representation: whole minutes
 * since 1970-01-01T00:00 as an {@code int} (enough for ±4,000 years). Seconds are truncated.
 */
public final class EpochMinutes {

    /** Minutes in a day. */
    public static final int DAY = 1440;

    private EpochMinutes() {
    }

    /** The instant of a date-time, truncated to the minute. */
    public static int of(LocalDateTime dateTime) {
        long day = dateTime.toLocalDate().toEpochDay();
        return Math.toIntExact(day * DAY + dateTime.getHour() * 60L + dateTime.getMinute());
    }

    /** The date-time of an instant. */
    public static LocalDateTime toDateTime(int minutes) {
        long day = Math.floorDiv(minutes, DAY);
        int minuteOfDay = (int) (minutes - day * DAY);
        return LocalDate.ofEpochDay(day).atTime(minuteOfDay / 60, minuteOfDay % 60);
    }

    /** The epoch day an instant falls on. */
    public static int day(int minutes) {
        return Math.floorDiv(minutes, DAY);
    }
}
