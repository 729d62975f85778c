package org.sextant.engine.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a set of {@link CalendarDefinition}s, including base/derived chains, to the working
 * intervals of any date.
 *
 * <p>Technique: recurring and dated exceptions are expanded once into a per-calendar map from date to
 * pattern; a date then resolves in O(w + b) where w is the number of work weeks and b the depth of
 * the base chain. Edge cases: an unknown base calendar or a cycle of base calendars is rejected with
 * an {@link IllegalArgumentException} naming the calendar; a weekday that no layer defines is
 * non-working.
 */
public final class CalendarRules {

    private final Map<String, CalendarDefinition> byId = new HashMap<>();
    private final Map<String, Map<LocalDate, DayPattern>> exceptionDays = new HashMap<>();

    public CalendarRules(Collection<CalendarDefinition> calendars) {
        for (CalendarDefinition calendar : calendars) {
            if (byId.put(calendar.id(), calendar) != null) {
                throw new IllegalArgumentException("calendar " + calendar.id() + " is defined twice");
            }
        }
        for (CalendarDefinition calendar : calendars) {
            checkBaseChain(calendar);
            Map<LocalDate, DayPattern> days = new HashMap<>();
            for (CalendarException exception : calendar.exceptions()) {
                for (LocalDate date : exception.dates()) {
                    days.put(date, exception.pattern());
                }
            }
            exceptionDays.put(calendar.id(), days);
        }
    }

    private void checkBaseChain(CalendarDefinition calendar) {
        Set<String> seen = new HashSet<>();
        CalendarDefinition current = calendar;
        while (current.baseId() != null) {
            if (!seen.add(current.id())) {
                throw new IllegalArgumentException("calendar " + calendar.id() + " has a cycle of base calendars");
            }
            CalendarDefinition base = byId.get(current.baseId());
            if (base == null) {
                throw new IllegalArgumentException("calendar " + current.id() + " derives from unknown calendar "
                        + current.baseId());
            }
            current = base;
        }
    }

    /** Whether a calendar with this id is defined. */
    public boolean contains(String calendarId) {
        return byId.containsKey(calendarId);
    }

    /** The definition of a calendar, if defined. */
    public Optional<CalendarDefinition> definition(String calendarId) {
        return Optional.ofNullable(byId.get(calendarId));
    }

    /** The working intervals of {@code date} in calendar {@code calendarId}. */
    public DayPattern dayPattern(String calendarId, LocalDate date) {
        CalendarDefinition calendar = byId.get(calendarId);
        if (calendar == null) {
            throw new IllegalArgumentException("unknown calendar " + calendarId);
        }
        DayPattern pattern = ownPattern(calendar, date);
        if (pattern != null) {
            return pattern;
        }
        return calendar.baseId() == null ? DayPattern.NON_WORKING : dayPattern(calendar.baseId(), date);
    }

    private DayPattern ownPattern(CalendarDefinition calendar, LocalDate date) {
        DayPattern exception = exceptionDays.get(calendar.id()).get(date);
        if (exception != null) {
            return exception;
        }
        for (WorkWeek week : calendar.workWeeks()) {
            if (week.covers(date)) {
                DayPattern day = week.days().get(date.getDayOfWeek());
                if (day != null) {
                    return day;
                }
            }
        }
        return calendar.week().get(date.getDayOfWeek());
    }

    /**
     * Compiles the working time common to several calendars (a task calendar and its resources'
     * calendars) for fast arithmetic around {@code anchor}.
     */
    public CompiledCalendar compileIntersection(java.util.List<String> calendarIds, LocalDate anchor) {
        for (String calendarId : calendarIds) {
            if (!byId.containsKey(calendarId)) {
                throw new IllegalArgumentException("unknown calendar " + calendarId);
            }
        }
        return new CompiledCalendar(String.join("&", calendarIds), date -> {
            DayPattern pattern = dayPattern(calendarIds.get(0), date);
            for (int k = 1; k < calendarIds.size() && pattern.isWorking(); k++) {
                pattern = pattern.intersect(dayPattern(calendarIds.get(k), date));
            }
            return pattern;
        }, anchor);
    }

    /** Compiles one calendar for fast working-minute arithmetic around {@code anchor}. */
    public CompiledCalendar compile(String calendarId, LocalDate anchor) {
        if (!byId.containsKey(calendarId)) {
            throw new IllegalArgumentException("unknown calendar " + calendarId);
        }
        return new CompiledCalendar(calendarId, date -> dayPattern(calendarId, date), anchor);
    }
}
