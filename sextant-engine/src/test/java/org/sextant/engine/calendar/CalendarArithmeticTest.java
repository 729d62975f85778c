package org.sextant.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarArithmeticTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private static CompiledCalendar compile(CalendarDefinition... calendars) {
        return new CalendarRules(List.of(calendars)).compile(calendars[calendars.length - 1].id(), MONDAY);
    }

    private static int at(String dateTime) {
        return EpochMinutes.of(LocalDateTime.parse(dateTime));
    }

    private static String text(int minutes) {
        return EpochMinutes.toDateTime(minutes).toString();
    }

    @Test
    void workingMinutesSkipTheLunchBreak() {
        CompiledCalendar c = compile(CalendarDefinition.standard("std", List.of()));
        assertThat(text(c.addToFinish(at("2026-01-05T08:00"), 300))).isEqualTo("2026-01-05T14:00");
    }

    @Test
    void aFullDayFinishesAtFivePmAndTheNextStartsAtEightAm() {
        CompiledCalendar c = compile(CalendarDefinition.standard("std", List.of()));
        int w = c.toWork(at("2026-01-05T08:00")) + 480;
        assertThat(text(c.finishOf(w))).isEqualTo("2026-01-05T17:00");
        assertThat(text(c.startOf(w))).isEqualTo("2026-01-06T08:00");
    }

    @Test
    void weekendsAreSkipped() {
        CompiledCalendar c = compile(CalendarDefinition.standard("std", List.of()));
        assertThat(text(c.addToFinish(at("2026-01-09T08:00"), 960))).isEqualTo("2026-01-12T17:00");
    }

    @Test
    void holidayExceptionIsNotWorked() {
        CompiledCalendar c = compile(CalendarDefinition.standard("std",
                List.of(CalendarException.holiday(LocalDate.of(2026, 1, 6)))));
        assertThat(text(c.addToFinish(at("2026-01-05T08:00"), 960))).isEqualTo("2026-01-07T17:00");
    }

    @Test
    void partialDayExceptionHasItsOwnHours() {
        CompiledCalendar c = compile(CalendarDefinition.standard("std",
                List.of(CalendarException.working(LocalDate.of(2026, 1, 5), DayPattern.of("08:00-10:00")))));
        assertThat(text(c.addToFinish(at("2026-01-05T08:00"), 180))).isEqualTo("2026-01-06T09:00");
    }

    @Test
    void extraWorkingDayOnAWeekendIsWorked() {
        CompiledCalendar c = compile(CalendarDefinition.standard("std",
                List.of(CalendarException.working(LocalDate.of(2026, 1, 10), DayPattern.STANDARD))));
        assertThat(text(c.addToFinish(at("2026-01-09T08:00"), 960))).isEqualTo("2026-01-10T17:00");
    }

    @Test
    void dailyRecurringExceptionFallsEveryNthDay() {
        Recurrence everyOtherDay = new Recurrence.Daily(2, 0);
        CalendarException exception = new CalendarException(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9),
                DayPattern.NON_WORKING, everyOtherDay);
        assertThat(exception.dates()).containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7),
                LocalDate.of(2026, 1, 9));
    }

    @Test
    void weeklyRecurringExceptionFallsOnItsWeekdays() {
        CompiledCalendar c = compile(CalendarDefinition.standard("std", List.of(new CalendarException(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), DayPattern.NON_WORKING,
                new Recurrence.Weekly(1, Set.of(DayOfWeek.WEDNESDAY), 0)))));
        assertThat(text(c.addToFinish(at("2026-01-05T08:00"), 3 * 480))).isEqualTo("2026-01-08T17:00");
    }

    @Test
    void monthlyRecurringExceptionOnAWeekdayFallsOnTheNthOne() {
        CalendarException exception = new CalendarException(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                DayPattern.NON_WORKING, new Recurrence.MonthlyOnWeekday(1, 1, DayOfWeek.MONDAY, 0));
        assertThat(exception.dates()).containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 3, 2));
    }

    @Test
    void monthlyRecurringExceptionOnADayIsClampedToTheMonthsLength() {
        CalendarException exception = new CalendarException(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                DayPattern.NON_WORKING, new Recurrence.MonthlyOnDay(1, 31, 0));
        assertThat(exception.dates()).containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 3, 31));
    }

    @Test
    void yearlyRecurringExceptionStopsAfterItsOccurrences() {
        CalendarException exception = new CalendarException(LocalDate.of(2026, 1, 1), LocalDate.of(2035, 12, 31),
                DayPattern.NON_WORKING, new Recurrence.YearlyOnDay(Month.DECEMBER, 25, 3));
        assertThat(exception.dates()).containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 12, 25),
                LocalDate.of(2028, 12, 25));
    }

    @Test
    void yearlyRecurringExceptionOnAWeekdayFallsOnTheLastOne() {
        CalendarException exception = new CalendarException(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                DayPattern.NON_WORKING, new Recurrence.YearlyOnWeekday(5, DayOfWeek.MONDAY, Month.MAY, 0));
        assertThat(exception.dates()).containsExactly(LocalDate.of(2026, 5, 25));
    }

    @Test
    void derivedCalendarInheritsUndefinedDaysAndExceptionsFromItsBase() {
        CalendarDefinition base = CalendarDefinition.standard("base",
                List.of(CalendarException.holiday(LocalDate.of(2026, 1, 6))));
        CalendarDefinition derived = CalendarDefinition.derived("night", "base",
                Map.of(DayOfWeek.MONDAY, DayPattern.of("20:00-24:00")), List.of());
        CalendarRules rules = new CalendarRules(List.of(base, derived));
        assertThat(rules.dayPattern("night", LocalDate.of(2026, 1, 5))).isEqualTo(DayPattern.of("20:00-24:00"));
        assertThat(rules.dayPattern("night", LocalDate.of(2026, 1, 6)).isWorking()).isFalse();
        assertThat(rules.dayPattern("night", LocalDate.of(2026, 1, 7))).isEqualTo(DayPattern.STANDARD);
    }

    @Test
    void derivedCalendarExceptionOverridesTheBase() {
        CalendarDefinition base = CalendarDefinition.standard("base", List.of());
        CalendarDefinition derived = CalendarDefinition.derived("resource", "base", Map.of(),
                List.of(CalendarException.holiday(LocalDate.of(2026, 1, 7))));
        CalendarRules rules = new CalendarRules(List.of(base, derived));
        assertThat(rules.dayPattern("resource", LocalDate.of(2026, 1, 7)).isWorking()).isFalse();
        assertThat(rules.dayPattern("base", LocalDate.of(2026, 1, 7)).isWorking()).isTrue();
    }

    @Test
    void workWeekReplacesTheDefaultWeekInItsPeriod() {
        CalendarDefinition standard = CalendarDefinition.standard("std", List.of());
        CalendarDefinition summer = new CalendarDefinition("std", "std", null, standard.week(),
                List.of(new WorkWeek(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31),
                        Map.of(DayOfWeek.FRIDAY, DayPattern.NON_WORKING))), List.of());
        CalendarRules rules = new CalendarRules(List.of(summer));
        assertThat(rules.dayPattern("std", LocalDate.of(2026, 7, 3)).isWorking()).isFalse();
        assertThat(rules.dayPattern("std", LocalDate.of(2026, 9, 4)).isWorking()).isTrue();
    }

    @Test
    void twentyFourHourCalendarCountsEveryMinute() {
        CompiledCalendar c = compile(CalendarDefinition.twentyFourHour("24h"));
        assertThat(text(c.addToFinish(at("2026-01-09T20:00"), 1440))).isEqualTo("2026-01-10T20:00");
    }

    @Test
    void arithmeticFarFromTheAnchorGrowsTheWindow() {
        CompiledCalendar c = compile(CalendarDefinition.standard("std", List.of()));
        int farFuture = at("2040-03-05T08:00");
        assertThat(text(c.startOf(c.toWork(farFuture)))).isEqualTo("2040-03-05T08:00");
        int farPast = at("2001-03-05T09:00");
        assertThat(text(c.finishOf(c.toWork(farPast)))).isEqualTo("2001-03-05T09:00");
    }

    @Test
    void calendarWithoutWorkingTimeIsRejected() {
        CalendarDefinition never = new CalendarDefinition("never", "never", null, Map.of(), List.of(), List.of());
        CompiledCalendar c = compile(never);
        assertThatThrownBy(() -> c.addToFinish(at("2026-01-05T08:00"), 60))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never");
    }

    @Test
    void unknownBaseCalendarIsRejectedNamingTheCalendar() {
        CalendarDefinition orphan = CalendarDefinition.derived("orphan", "missing", Map.of(), List.of());
        assertThatThrownBy(() -> new CalendarRules(List.of(orphan))).hasMessageContaining("orphan")
                .hasMessageContaining("missing");
    }

    @Test
    void timeUnitsConvertDaysWeeksAndMonthsToMinutes() {
        TimeUnits units = new TimeUnits(450, 2250, 20);
        assertThat(units.days(2)).isEqualTo(900);
        assertThat(units.weeks(1)).isEqualTo(2250);
        assertThat(units.months(1)).isEqualTo(9000);
    }
}
