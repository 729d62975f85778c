package org.sextant.engine.evm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The length of a reporting period: periods start on a day, a Monday, or the first of a month. */
public enum PeriodUnit {
    /** One calendar day. */
    DAY,
    /** Monday to Sunday. */
    WEEK,
    /** A calendar month. */
    MONTH;

    /** The start of the period containing {@code date}. */
    public LocalDate align(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** {@code date} moved by {@code periods} periods. */
    public LocalDate plus(LocalDate date, long periods) {
        return switch (this) {
            case DAY -> date.plusDays(periods);
            case WEEK -> date.plusWeeks(periods);
            case MONTH -> date.plusMonths(periods);
        };
    }

    /** Whole periods from {@code from} to {@code to} (both period starts). */
    long between(LocalDate from, LocalDate to) {
        return switch (this) {
            case DAY -> ChronoUnit.DAYS.between(from, to);
            case WEEK -> ChronoUnit.WEEKS.between(from, to);
            case MONTH -> ChronoUnit.MONTHS.between(from, to);
        };
    }
}
