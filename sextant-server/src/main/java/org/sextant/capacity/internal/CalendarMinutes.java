package org.sextant.capacity.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarException;
import org.sextant.engine.calendar.CalendarRules;
import org.sextant.engine.calendar.DayPattern;
import org.sextant.engine.calendar.Recurrence;
import org.sextant.engine.calendar.WorkingInterval;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.WorkCalendar;
import org.sextant.schedule.WorkCalendar.WorkingTime;

/**
 * Working minutes per day of the stored calendars, through the engine's {@link CalendarRules} (base
 * calendars, exceptions, recurrences). The translation mirrors the schedule feature's (which keeps
 * its own private); a resource without a calendar works the standard week, Monday to Friday 8 hours.
 */
final class CalendarMinutes {

    static final String DEFAULT = "default";

    private final CalendarRules rules;

    CalendarMinutes(List<WorkCalendar> calendars) {
        List<CalendarDefinition> definitions = new ArrayList<>();
        Map<DayOfWeek, DayPattern> standard = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            standard.put(day, day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? DayPattern.NON_WORKING
                    : DayPattern.STANDARD);
        }
        definitions.add(new CalendarDefinition(DEFAULT, "Standard", null, standard, List.of(), List.of()));
        calendars.forEach(c -> definitions.add(definition(c)));
        rules = new CalendarRules(definitions);
    }

    /**
     * Working minutes per day of {@code calendar} (null: the standard week), precomputed for the days
     * of {@code horizon} and computed on demand outside it. Share the result between resources of
     * the same calendar.
     */
    ToIntFunction<LocalDate> of(CalendarId calendar, org.sextant.capacity.Periods horizon) {
        String id = calendar == null || !rules.contains(id(calendar)) ? DEFAULT : id(calendar);
        int[] inHorizon = new int[horizon.days()];
        for (int d = 0; d < inHorizon.length; d++) {
            inHorizon[d] = rules.dayPattern(id, horizon.day(d)).workingMinutes();
        }
        return day -> {
            int d = horizon.offset(day);
            return d >= 0 && d < inHorizon.length ? inHorizon[d] : rules.dayPattern(id, day).workingMinutes();
        };
    }

    private static String id(CalendarId id) {
        return "c" + id.value();
    }

    private static CalendarDefinition definition(WorkCalendar calendar) {
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
