package org.sextant.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.sextant.capacity.CapacityArithmetic.Availability;

class CapacityArithmeticTest {

    /** Monday to Friday, 8 hours. */
    private static final ToIntFunction<LocalDate> STANDARD = day ->
            day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 480;
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private final Periods fourWeeks = new Periods(MONDAY, MONDAY.plusDays(27), PeriodUnit.WEEK);

    @Test
    void aFullTimeResourceOnTheStandardCalendarHasFortyHoursAWeek() {
        double[] hours = new double[fourWeeks.count()];
        CapacityArithmetic.addCapacity(hours, fourWeeks, new Availability(STANDARD, 1.0, null, null));
        assertThat(hours).containsExactly(40, 40, 40, 40);
    }

    @Test
    void partTimeScalesCapacityByMaxUnits() {
        double[] hours = new double[fourWeeks.count()];
        CapacityArithmetic.addCapacity(hours, fourWeeks, new Availability(STANDARD, 0.5, null, null));
        assertThat(hours).containsExactly(20, 20, 20, 20);
    }

    @Test
    void calendarExceptionsAndEmploymentBoundsRemoveCapacity() {
        Set<LocalDate> holidays = Set.of(MONDAY.plusDays(7), MONDAY.plusDays(8));
        ToIntFunction<LocalDate> withHolidays = day -> holidays.contains(day) ? 0 : STANDARD.applyAsInt(day);
        double[] hours = new double[fourWeeks.count()];
        CapacityArithmetic.addCapacity(hours, fourWeeks,
                new Availability(withHolidays, 1.0, MONDAY.plusDays(2), MONDAY.plusDays(22)));
        // week 1 from Wednesday, week 2 minus two holidays, week 3 full, week 4 Monday and Tuesday only
        assertThat(hours).containsExactly(24, 24, 40, 16);
    }

    @Test
    void aWholeDayAbsenceRemovesTheDayAndAPartialOneOnlyItsHours() {
        // week 1: Monday and Tuesday away; week 2: 4 hours off each day Monday to Friday
        CapacityArithmetic.Absent absent = (day, working) -> !day.isAfter(MONDAY.plusDays(1)) ? working
                : !day.isBefore(MONDAY.plusDays(7)) && !day.isAfter(MONDAY.plusDays(11)) ? 240 : 0;
        double[] hours = new double[fourWeeks.count()];
        CapacityArithmetic.addCapacity(hours, fourWeeks, new Availability(STANDARD, 1.0, null, null, absent));
        assertThat(hours).containsExactly(24, 20, 40, 40);
    }

    @Test
    void anAbsenceOfAPartTimerCountsAtTheirUnitsAndNeverBelowZero() {
        // 10 hours off on 8-hour days take the whole day, not more
        CapacityArithmetic.Absent absent = (day, working) -> day.isBefore(MONDAY.plusDays(7)) ? 600 : 0;
        double[] hours = new double[fourWeeks.count()];
        CapacityArithmetic.addCapacity(hours, fourWeeks, new Availability(STANDARD, 0.5, null, MONDAY.plusDays(18), absent));
        assertThat(hours).containsExactly(0, 20, 20, 0);
    }

    @Test
    void aPercentAllocationAsksForItsShareOfWhatIsLeftAfterAbsences() {
        CapacityArithmetic.Absent absent = (day, working) -> day.equals(MONDAY) ? working : 0;
        double[] hours = new double[fourWeeks.count()];
        CapacityArithmetic.addShare(hours, fourWeeks, new Availability(STANDARD, 1.0, null, null, absent), MONDAY,
                MONDAY.plusDays(6), 50);
        assertThat(hours).containsExactly(16, 0, 0, 0);
    }

    @Test
    void workIsSpreadOverWorkingDaysOnlyAndClippedToTheHorizon() {
        double[] hours = new double[fourWeeks.count()];
        // Thursday of week 4 to the Tuesday after the horizon: 4 working days, 8 h each; 2 inside
        CapacityArithmetic.addWork(hours, fourWeeks, STANDARD, MONDAY.plusDays(24), MONDAY.plusDays(29), 32);
        assertThat(hours).containsExactly(0, 0, 0, 16);
    }

    @Test
    void workOnARangeWithoutWorkingTimeIsSpreadOverItsCalendarDays() {
        double[] hours = new double[fourWeeks.count()];
        CapacityArithmetic.addWork(hours, fourWeeks, STANDARD, MONDAY.plusDays(5), MONDAY.plusDays(6), 10);
        assertThat(hours).containsExactly(10, 0, 0, 0);
    }

    @Test
    void aPercentAllocationAsksForThatShareOfCapacityOnEachDay() {
        double[] hours = new double[fourWeeks.count()];
        Availability partTime = new Availability(STANDARD, 0.8, null, null);
        CapacityArithmetic.addShare(hours, fourWeeks, partTime, MONDAY.plusDays(7), MONDAY.plusDays(13), 50);
        assertThat(hours[0]).isZero();
        assertThat(hours[1]).isCloseTo(16.0, within(1e-9));
    }

    @Test
    void softAndHardDemandAreKeptApartWhenAddedToSeparateRows() {
        double[] soft = new double[fourWeeks.count()];
        double[] hard = new double[fourWeeks.count()];
        CapacityArithmetic.addWork(soft, fourWeeks, STANDARD, MONDAY, MONDAY.plusDays(4), 20);
        CapacityArithmetic.addWork(hard, fourWeeks, STANDARD, MONDAY, MONDAY.plusDays(4), 30);
        assertThat(soft[0]).isEqualTo(20);
        assertThat(hard[0]).isEqualTo(30);
    }

    @Test
    void monthsAndDaysCutTheHorizonAtTheirBoundaries() {
        Periods months = new Periods(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 10), PeriodUnit.MONTH);
        assertThat(months.count()).isEqualTo(3);
        assertThat(months.label(1)).isEqualTo("2027-02");
        assertThat(months.finish(0)).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(months.finish(2)).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(new Periods(MONDAY, MONDAY, PeriodUnit.DAY).count()).isEqualTo(1);
    }
}
