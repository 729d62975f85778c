package org.sextant.capacity.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarRules;
import org.sextant.engine.calendar.DayPattern;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.EngineCalendars;
import org.sextant.schedule.WorkCalendar;

/**
 * Working minutes per day of the stored calendars, through the engine's {@link CalendarRules} (base
 * calendars, exceptions, recurrences). Stored calendars are translated by the schedule feature's
 * {@link EngineCalendars}; a resource without a calendar works the standard week, Monday to Friday 8 hours.
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
        calendars.forEach(c -> definitions.add(EngineCalendars.definition(c)));
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
        return EngineCalendars.id(id);
    }
}
