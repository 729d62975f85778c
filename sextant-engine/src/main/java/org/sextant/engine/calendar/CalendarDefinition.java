package org.sextant.engine.calendar;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A calendar as the user defines it. A weekday absent from {@code week} is inherited from the base
 * calendar ({@code baseId}), or non-working when there is none. Precedence for a date: this
 * calendar's exceptions (the last one listed wins), then its work weeks, then its default week, then
 * the base calendar (with all of its own layers).
 */
public record CalendarDefinition(String id, String name, String baseId, Map<DayOfWeek, DayPattern> week,
        List<WorkWeek> workWeeks, List<CalendarException> exceptions) {

    public CalendarDefinition {
        Objects.requireNonNull(id, "id");
        week = Map.copyOf(week);
        workWeeks = List.copyOf(workWeeks);
        exceptions = List.copyOf(exceptions);
    }

    /** Monday to Friday 08:00-12:00 and 13:00-17:00 with the given exceptions. */
    public static CalendarDefinition standard(String id, List<CalendarException> exceptions) {
        Map<DayOfWeek, DayPattern> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, day.getValue() <= 5 ? DayPattern.STANDARD : DayPattern.NON_WORKING);
        }
        return new CalendarDefinition(id, id, null, week, List.of(), exceptions);
    }

    /** Every minute of every day is working time. */
    public static CalendarDefinition twentyFourHour(String id) {
        Map<DayOfWeek, DayPattern> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, DayPattern.ALL_DAY);
        }
        return new CalendarDefinition(id, id, null, week, List.of(), List.of());
    }

    /** A calendar deriving from {@code baseId}, overriding the given weekdays and adding exceptions. */
    public static CalendarDefinition derived(String id, String baseId, Map<DayOfWeek, DayPattern> overrides,
            List<CalendarException> exceptions) {
        return new CalendarDefinition(id, id, baseId, overrides, List.of(), exceptions);
    }
}
