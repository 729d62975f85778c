package org.sextant.engine.evm;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.sextant.engine.calendar.EpochMinutes;

/**
 * Consecutive reporting periods: period {@code i} runs from {@link #boundary(int) boundary(i)} at
 * 00:00 up to (excluding) {@code boundary(i + 1)}; cumulative values of a period are those at its end.
 *
 * @param start the first day of period 0, aligned to the unit (a Monday for weeks, a first of month)
 * @param unit the period length
 * @param periods the number of periods, at least 1
 */
public record Timeline(LocalDate start, PeriodUnit unit, int periods) {

    public Timeline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(unit, "unit");
        if (!unit.align(start).equals(start)) {
            throw new IllegalArgumentException("timeline start " + start + " is not the start of a " + unit);
        }
        if (periods < 1) {
            throw new IllegalArgumentException("a timeline needs at least one period, got " + periods);
        }
    }

    /** The shortest timeline of {@code unit} periods covering the days {@code from} to {@code toInclusive}. */
    public static Timeline covering(PeriodUnit unit, LocalDate from, LocalDate toInclusive) {
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("timeline to " + toInclusive + " is before its start " + from);
        }
        LocalDate start = unit.align(from);
        LocalDate end = toInclusive.plusDays(1);
        long n = Math.max(1, unit.between(start, end));
        while (unit.plus(start, n).isBefore(end)) {
            n++;
        }
        return new Timeline(start, unit, Math.toIntExact(n));
    }

    /** The first day of period {@code i}; {@code boundary(periods())} is the day after the last period. */
    public LocalDate boundary(int i) {
        return unit.plus(start, i);
    }

    /** The last day of period {@code i}. */
    public LocalDate periodEnd(int i) {
        return boundary(i + 1).minusDays(1);
    }

    /** {@link #boundary(int)} as engine minutes ({@link EpochMinutes}). */
    int instant(int i) {
        return Math.toIntExact(boundary(i).toEpochDay() * EpochMinutes.DAY);
    }

    /**
     * The day reached {@code periods} (fractional) periods after the start, the fraction counted in
     * calendar days of that period; used to show forecast dates.
     */
    public LocalDate dateAt(double periods) {
        int whole = (int) Math.floor(periods);
        LocalDate from = boundary(whole);
        long days = ChronoUnit.DAYS.between(from, boundary(whole + 1));
        return from.plusDays(Math.round((periods - whole) * days));
    }
}
