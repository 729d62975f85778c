/**
 * Working time: calendars and the arithmetic of working minutes.
 *
 * <p>A {@link org.sextant.engine.calendar.CalendarDefinition} describes when work happens: a weekly
 * pattern of {@link org.sextant.engine.calendar.DayPattern}s (each with several working intervals),
 * dated {@link org.sextant.engine.calendar.WorkWeek}s that replace the pattern for a period,
 * {@link org.sextant.engine.calendar.CalendarException}s (holidays, partial days, extra working
 * days, optionally recurring) and an optional base calendar from which undefined days are inherited.
 * {@link org.sextant.engine.calendar.CalendarRules} resolves those layers to the working intervals of
 * any date, and {@link org.sextant.engine.calendar.CompiledCalendar} turns them into prefix sums so
 * that converting between instants and working-minute indexes takes constant or logarithmic time.
 *
 * <p>Instants are {@code int} minutes since 1970-01-01T00:00 in the calendar's local time
 * ({@link org.sextant.engine.calendar.EpochMinutes}); there are no time zones and no daylight-saving
 * shifts, exactly as in MS Project and Primavera. Everything is to the minute: seconds are truncated
 * when dates are read in.
 */
package org.sextant.engine.calendar;
