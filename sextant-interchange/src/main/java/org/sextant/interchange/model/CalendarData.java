package org.sextant.interchange.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A working-time calendar. A weekday absent from {@code week} follows the base calendar (or is
 * non-working when there is no base); an empty list is a non-working day.
 *
 * @param key           id in the file
 * @param name          name
 * @param baseKey       base calendar, if derived
 * @param week          weekday → working intervals
 * @param exceptions    dated exceptions (recurring ones expanded)
 * @param minutesPerDay working minutes in a "day"
 */
public record CalendarData(String key, String name, String baseKey, Map<DayOfWeek, List<Interval>> week,
        List<Exception> exceptions, int minutesPerDay) {

    public CalendarData {
        week = Map.copyOf(week);
        exceptions = List.copyOf(exceptions);
    }

    /** Working time {@code [start, end)}; an end of 00:00 is midnight at the end of the day. */
    public record Interval(LocalTime start, LocalTime end) {
    }

    /** Days that differ from the week: non-working, or working with {@code intervals}. */
    public record Exception(String name, LocalDate from, LocalDate to, List<Interval> intervals) {

        public Exception {
            intervals = List.copyOf(intervals);
        }

        public boolean working() {
            return !intervals.isEmpty();
        }
    }
}
