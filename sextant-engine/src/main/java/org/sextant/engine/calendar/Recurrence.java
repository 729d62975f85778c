package org.sextant.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a {@link CalendarException} repeats between its first and last date, as in MS Project's
 * recurring exceptions. {@code occurrences > 0} stops after that many occurrences even before the
 * exception's last date.
 */
public sealed interface Recurrence {

    /** Number of occurrences after which the recurrence stops; 0 means "until the last date". */
    int occurrences();

    /** Every {@code every} days. */
    record Daily(int every, int occurrences) implements Recurrence {
    }

    /** On the given weekdays of every {@code every}-th week (weeks counted from the first date's week). */
    record Weekly(int every, Set<DayOfWeek> days, int occurrences) implements Recurrence {
        public Weekly {
            days = Set.copyOf(days);
        }
    }

    /** On day {@code dayOfMonth} of every {@code every}-th month (clamped to the month's length). */
    record MonthlyOnDay(int every, int dayOfMonth, int occurrences) implements Recurrence {
    }

    /** On the {@code ordinal}-th (1..4, or 5 for last) {@code day} of every {@code every}-th month. */
    record MonthlyOnWeekday(int every, int ordinal, DayOfWeek day, int occurrences) implements Recurrence {
    }

    /** Every year on {@code month}/{@code dayOfMonth}. */
    record YearlyOnDay(Month month, int dayOfMonth, int occurrences) implements Recurrence {
    }

    /** Every year on the {@code ordinal}-th (1..4, or 5 for last) {@code day} of {@code month}. */
    record YearlyOnWeekday(int ordinal, DayOfWeek day, Month month, int occurrences) implements Recurrence {
    }

    /**
     * The dates on which this recurrence falls between {@code from} and {@code to} inclusive.
     * Complexity: linear in the number of days of the range.
     */
    default List<LocalDate> dates(LocalDate from, LocalDate to) {
        List<LocalDate> result = new ArrayList<>();
        int limit = occurrences() > 0 ? occurrences() : Integer.MAX_VALUE;
        for (LocalDate date = from; !date.isAfter(to) && result.size() < limit; date = date.plusDays(1)) {
            if (matches(from, date)) {
                result.add(date);
            }
        }
        return result;
    }

    /** Whether {@code date} is an occurrence of a recurrence that starts on {@code first}. */
    private boolean matches(LocalDate first, LocalDate date) {
        return switch (this) {
            case Daily d -> ChronoUnit.DAYS.between(first, date) % Math.max(1, d.every()) == 0;
            case Weekly w -> w.days().contains(date.getDayOfWeek())
                    && ChronoUnit.WEEKS.between(first.with(DayOfWeek.MONDAY), date.with(DayOfWeek.MONDAY))
                            % Math.max(1, w.every()) == 0;
            case MonthlyOnDay m -> monthMatches(first, date, m.every())
                    && date.getDayOfMonth() == Math.min(m.dayOfMonth(), date.lengthOfMonth());
            case MonthlyOnWeekday m -> monthMatches(first, date, m.every())
                    && date.equals(nthWeekday(date, m.ordinal(), m.day()));
            case YearlyOnDay y -> date.getMonth() == y.month()
                    && date.getDayOfMonth() == Math.min(y.dayOfMonth(), date.lengthOfMonth());
            case YearlyOnWeekday y -> date.getMonth() == y.month()
                    && date.equals(nthWeekday(date, y.ordinal(), y.day()));
        };
    }

    private static boolean monthMatches(LocalDate first, LocalDate date, int every) {
        long months = ChronoUnit.MONTHS.between(first.withDayOfMonth(1), date.withDayOfMonth(1));
        return months % Math.max(1, every) == 0;
    }

    private static LocalDate nthWeekday(LocalDate inMonth, int ordinal, DayOfWeek day) {
        if (ordinal >= 5) {
            return inMonth.with(TemporalAdjusters.lastInMonth(day));
        }
        return inMonth.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }
}
