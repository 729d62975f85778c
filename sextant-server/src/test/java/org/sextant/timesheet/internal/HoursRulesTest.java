package org.sextant.timesheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextant.timesheet.TimesheetState;

class HoursRulesTest {

    @Test
    void zeroToTwentyFourHoursInQuarterHoursAreValid() {
        for (String hours : new String[] {"0", "0.25", "7.5", "7.75", "24", "24.00"}) {
            assertThat(HoursRules.cellProblem(new BigDecimal(hours))).as(hours).isEmpty();
        }
    }

    @Test
    void negativeHoursAreRefused() {
        assertThat(HoursRules.cellProblem(new BigDecimal("-0.25"))).hasValueSatisfying(m -> assertThat(m).contains("negative"));
    }

    @Test
    void moreThanADayInOneCellIsRefused() {
        assertThat(HoursRules.cellProblem(new BigDecimal("24.25"))).hasValueSatisfying(m -> assertThat(m).contains("more than a day"));
    }

    @Test
    void hoursThatAreNotWholeQuarterHoursAreRefused() {
        assertThat(HoursRules.cellProblem(new BigDecimal("7.3"))).hasValueSatisfying(m -> assertThat(m)
                .contains("7.3").contains("quarter hours"));
        assertThat(HoursRules.cellProblem(new BigDecimal("0.1"))).isPresent();
    }

    @Test
    void aDayOfAtMostTwentyFourHoursInTotalIsValidAndMoreIsRefused() {
        assertThat(HoursRules.dayTotalProblem(1440)).isEmpty();
        assertThat(HoursRules.dayTotalProblem(1455)).hasValue("24.25 hours in total; a day has at most 24");
    }

    @Test
    void hoursAndMinutesConvertExactly() {
        assertThat(HoursRules.minutes(new BigDecimal("7.75"))).isEqualTo(465);
        assertThat(HoursRules.hours(465)).isEqualByComparingTo("7.75");
        assertThat(HoursRules.day(LocalDate.of(2027, 1, 5))).isEqualTo("Tue 5 Jan 2027");
    }

    @Test
    void aWeekAsksForAttentionFirstWhenRejectedThenWhenDraft() {
        assertThat(TimesheetViews.state(List.of())).isEqualTo(TimesheetState.DRAFT);
        assertThat(TimesheetViews.state(parts(TimesheetState.APPROVED, TimesheetState.REJECTED, TimesheetState.DRAFT)))
                .isEqualTo(TimesheetState.REJECTED);
        assertThat(TimesheetViews.state(parts(TimesheetState.APPROVED, TimesheetState.DRAFT))).isEqualTo(TimesheetState.DRAFT);
        assertThat(TimesheetViews.state(parts(TimesheetState.APPROVED, TimesheetState.SUBMITTED)))
                .isEqualTo(TimesheetState.SUBMITTED);
        assertThat(TimesheetViews.state(parts(TimesheetState.APPROVED, TimesheetState.APPROVED)))
                .isEqualTo(TimesheetState.APPROVED);
    }

    private static List<org.sextant.timesheet.Timesheet.Part> parts(TimesheetState... states) {
        return java.util.Arrays.stream(states).map(s -> new org.sextant.timesheet.Timesheet.Part(null, 0, null, null,
                null, s, null, null, null, null, BigDecimal.ZERO)).toList();
    }
}
