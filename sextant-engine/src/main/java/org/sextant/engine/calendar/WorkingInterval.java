package org.sextant.engine.calendar;

import java.time.LocalTime;

/**
 * One working interval of a day, {@code [startMinute, endMinute)} in minutes after midnight;
 * {@code endMinute} may be 1440 (midnight at the end of the day).
 */
public record WorkingInterval(int startMinute, int endMinute) {

    public WorkingInterval {
        if (startMinute < 0 || endMinute > EpochMinutes.DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("working interval must satisfy 0 <= start < end <= 1440, was "
                    + startMinute + ".." + endMinute);
        }
    }

    /** An interval from one time to another; {@code to} of {@code 00:00} means the end of the day. */
    public static WorkingInterval of(LocalTime from, LocalTime to) {
        int end = to.getHour() * 60 + to.getMinute();
        return new WorkingInterval(from.getHour() * 60 + from.getMinute(), end == 0 ? EpochMinutes.DAY : end);
    }

    /** Parses {@code "08:00-12:00"}; an end of {@code 24:00} means midnight at the end of the day. */
    public static WorkingInterval parse(String text) {
        String[] parts = text.split("-");
        String end = parts[1].trim();
        LocalTime to = end.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(end);
        return of(LocalTime.parse(parts[0].trim()), to);
    }

    /** Working minutes in the interval. */
    public int minutes() {
        return endMinute - startMinute;
    }
}
