package org.sextant.engine.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated exception to the weekly pattern: every day from {@code from} to {@code to} (inclusive), or
 * only the days on which {@code recurrence} falls, has the working intervals of {@code pattern}
 * ({@link DayPattern#NON_WORKING} for a holiday, other intervals for a partial or extra working day).
 */
public record CalendarException(LocalDate from, LocalDate to, DayPattern pattern, Recurrence recurrence) {

    public CalendarException {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(pattern, "pattern");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("exception ends before it starts: " + from + ".." + to);
        }
    }

    /** A non-working day. */
    public static CalendarException holiday(LocalDate date) {
        return new CalendarException(date, date, DayPattern.NON_WORKING, null);
    }

    /** Non-working days from one date to another. */
    public static CalendarException holidays(LocalDate from, LocalDate to) {
        return new CalendarException(from, to, DayPattern.NON_WORKING, null);
    }

    /** A day with its own working intervals (partial day or extra working day). */
    public static CalendarException working(LocalDate date, DayPattern pattern) {
        return new CalendarException(date, date, pattern, null);
    }

    /** The dates this exception covers. */
    public List<LocalDate> dates() {
        if (recurrence == null) {
            return from.datesUntil(to.plusDays(1)).toList();
        }
        return recurrence.dates(from, to);
    }
}
