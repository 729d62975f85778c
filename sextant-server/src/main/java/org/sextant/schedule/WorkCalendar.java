package org.sextant.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A working-time calendar: which hours of which days are working time. A derived calendar names a
 * base calendar and overrides some weekdays (a weekday absent from its {@code workWeek} follows the
 * base); a calendar without base treats an absent weekday as non-working.
 *
 * @param id             identity
 * @param version        optimistic-lock version
 * @param name           name, e.g. "Standard (NL)"
 * @param baseCalendarId the calendar this one derives from, if any
 * @param workWeek       weekday → working intervals (empty list: non-working day)
 * @param minutesPerDay  working minutes that make a "day" in durations
 * @param minutesPerWeek working minutes that make a "week"
 * @param daysPerMonth   working days that make a "month"
 * @param exceptions     dated holidays and extra or shortened working days
 */
public record WorkCalendar(CalendarId id, long version, String name, CalendarId baseCalendarId,
        Map<DayOfWeek, List<WorkingTime>> workWeek, int minutesPerDay, int minutesPerWeek, int daysPerMonth,
        List<CalendarException> exceptions) {

    public WorkCalendar {
        workWeek = workWeek == null ? Map.of() : Map.copyOf(workWeek);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /** One working interval of a day, {@code [start, end)}; an end of 00:00 means midnight at the end of the day. */
    public record WorkingTime(LocalTime start, LocalTime end) {

        /** Minutes after midnight at which the interval ends (1440 for an end of 00:00). */
        public int endMinute() {
            int minute = end.getHour() * 60 + end.getMinute();
            return minute == 0 ? 1440 : minute;
        }

        public int startMinute() {
            return start.getHour() * 60 + start.getMinute();
        }
    }

    /**
     * Days that differ from the work week.
     *
     * @param name      e.g. "King's Day"
     * @param start     first day
     * @param finish    last day (inclusive)
     * @param working   false: holidays; true: working days with {@code intervals}
     * @param intervals  working intervals on working exception days
     * @param recurrence on which days between start and finish it applies; null: every day
     */
    public record CalendarException(String name, LocalDate start, LocalDate finish, boolean working,
            List<WorkingTime> intervals, Recurrence recurrence) {

        public CalendarException {
            intervals = intervals == null ? List.of() : List.copyOf(intervals);
        }

        /** An exception that applies to every day from start to finish. */
        public CalendarException(String name, LocalDate start, LocalDate finish, boolean working,
                List<WorkingTime> intervals) {
            this(name, start, finish, working, intervals, null);
        }
    }

    /**
     * How an exception repeats between its start and finish, as in MS Project's recurring exceptions.
     * Which fields a type needs: DAILY {@code every}; WEEKLY {@code every, days}; MONTHLY_ON_DAY
     * {@code every, dayOfMonth}; MONTHLY_ON_WEEKDAY {@code every, ordinal, weekday}; YEARLY_ON_DAY
     * {@code month, dayOfMonth}; YEARLY_ON_WEEKDAY {@code ordinal, weekday, month}.
     *
     * @param type        the pattern
     * @param every       every n-th day, week or month (1 when null)
     * @param days        weekdays, for WEEKLY
     * @param dayOfMonth  1..31, for the ON_DAY types
     * @param ordinal     1..4, or 5 for the last, for the ON_WEEKDAY types
     * @param weekday     the weekday, for the ON_WEEKDAY types
     * @param month       the month, for the YEARLY types
     * @param occurrences stop after this many (0 or null: at the finish date)
     */
    public record Recurrence(Type type, Integer every, java.util.Set<DayOfWeek> days, Integer dayOfMonth,
            Integer ordinal, DayOfWeek weekday, java.time.Month month, Integer occurrences) {

        /** The recurrence patterns. */
        public enum Type { DAILY, WEEKLY, MONTHLY_ON_DAY, MONTHLY_ON_WEEKDAY, YEARLY_ON_DAY, YEARLY_ON_WEEKDAY }
    }

    /** The fields a client sets. */
    public record Draft(String name, CalendarId baseCalendarId, Map<DayOfWeek, List<WorkingTime>> workWeek,
            int minutesPerDay, int minutesPerWeek, int daysPerMonth, List<CalendarException> exceptions) {
    }
}
