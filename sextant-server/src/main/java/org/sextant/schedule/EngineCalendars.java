package org.sextant.schedule;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarException;
import org.sextant.engine.calendar.DayPattern;
import org.sextant.engine.calendar.Recurrence;
import org.sextant.engine.calendar.WorkingInterval;
import org.sextant.schedule.WorkCalendar.WorkingTime;

/**
 * Translates stored calendars into the engine's {@link CalendarDefinition}s: the one place where the
 * scheduler, capacity planning and any other feature get engine calendars from stored ones.
 */
public final class EngineCalendars {

    /** The calendar used when neither project nor task names one: MS Project's standard week. */
    public static final String DEFAULT = "default";

    private EngineCalendars() {
    }

    public static String id(CalendarId id) {
        return "c" + id.value();
    }

    public static CalendarDefinition definition(WorkCalendar calendar) {
        Map<DayOfWeek, DayPattern> week = new EnumMap<>(DayOfWeek.class);
        if (calendar.baseCalendarId() == null) {
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, DayPattern.NON_WORKING);
            }
        }
        calendar.workWeek().forEach((day, times) -> week.put(day, pattern(times)));
        List<CalendarException> exceptions = new ArrayList<>();
        for (WorkCalendar.CalendarException e : calendar.exceptions()) {
            exceptions.add(new CalendarException(e.start(), e.finish(),
                    e.working() ? pattern(e.intervals()) : DayPattern.NON_WORKING, recurrence(e.recurrence())));
        }
        return new CalendarDefinition(id(calendar.id()), calendar.name(),
                calendar.baseCalendarId() == null ? null : id(calendar.baseCalendarId()), week, List.of(), exceptions);
    }

    private static Recurrence recurrence(WorkCalendar.Recurrence r) {
        if (r == null) {
            return null;
        }
        int every = r.every() == null ? 1 : r.every();
        int occurrences = r.occurrences() == null ? 0 : r.occurrences();
        return switch (r.type()) {
            case DAILY -> new Recurrence.Daily(every, occurrences);
            case WEEKLY -> new Recurrence.Weekly(every, r.days(), occurrences);
            case MONTHLY_ON_DAY -> new Recurrence.MonthlyOnDay(every, r.dayOfMonth(), occurrences);
            case MONTHLY_ON_WEEKDAY -> new Recurrence.MonthlyOnWeekday(every, r.ordinal(), r.weekday(), occurrences);
            case YEARLY_ON_DAY -> new Recurrence.YearlyOnDay(r.month(), r.dayOfMonth(), occurrences);
            case YEARLY_ON_WEEKDAY -> new Recurrence.YearlyOnWeekday(r.ordinal(), r.weekday(), r.month(), occurrences);
        };
    }

    private static DayPattern pattern(List<WorkingTime> times) {
        return new DayPattern(times.stream().map(t -> new WorkingInterval(t.startMinute(), t.endMinute())).toList());
    }
}
