package org.sextant.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Lipke's earned schedule on a bare cumulative PV curve, {@code ES = C + (EV - PV_C) / (PV_{C+1} - PV_C)}
 * (W. Lipke, "Schedule is Different", The Measurable News, March 2003). The curves are made up here.
 */
class EarnedScheduleTest {

    private static final Offset<Double> TINY = within(1e-9);
    private static final Timeline MONTHS = new Timeline(LocalDate.of(2026, 1, 1), PeriodUnit.MONTH, 6);
    /** PV at the start of each month; the project starts in month 1 (index 1) and plans nothing in January. */
    private static final double[] PV = {0, 0, 100, 300, 600, 1_000, 1_000};

    @Test
    void earnedScheduleCountsFromThePeriodInWhichTheBaselineStarts() {
        EarnedSchedule es = EarnedSchedule.of(PV, MONTHS, 1, 5, 400, 1_000, 3).orElseThrow();

        // C = 2 (PV_2 = 300 <= 400 < 600), I = 100 / 300
        assertThat(es.earnedSchedule()).isCloseTo(2 + 1.0 / 3, TINY);
        assertThat(es.plannedDuration()).isEqualTo(4);
    }

    @Test
    void earnedValueAtOrAboveTheBudgetEarnsExactlyThePlannedDuration() {
        EarnedSchedule es = EarnedSchedule.of(PV, MONTHS, 1, 5, 1_000, 1_000, 6).orElseThrow();

        assertThat(es.earnedSchedule()).isEqualTo(4);
        assertThat(es.scheduleVariance()).isCloseTo(-2, TINY);
    }

    @Test
    void noEarnedScheduleWithoutBudgetOrBeforeTheStart() {
        assertThat(EarnedSchedule.of(PV, MONTHS, 1, 5, 0, 0, 3)).isEmpty();
        assertThat(EarnedSchedule.of(PV, MONTHS, 1, 5, 0, 1_000, 0)).isEmpty();
    }

    /** IEAC(t) = PD / SPI(t) = 4 / (2 / 3) = 6 months from 1 February: ends 31 July. */
    @Test
    void theForecastFinishIsTheLastDayOfTheEstimatedDuration() {
        EarnedSchedule es = EarnedSchedule.of(PV, MONTHS, 1, 5, 300, 1_000, 3).orElseThrow();

        assertThat(es.estimatedDuration()).hasValueCloseTo(6.0, TINY);
        assertThat(es.forecastFinish()).contains(LocalDate.of(2026, 7, 31));
    }

    @Test
    void noEarnedScheduleWithoutPlannedDuration() {
        double[] milestoneAtABoundary = {0, 1_000, 1_000};
        Timeline months = new Timeline(LocalDate.of(2026, 1, 1), PeriodUnit.MONTH, 2);

        assertThat(EarnedSchedule.of(milestoneAtABoundary, months, 1, 1, 0, 1_000, 1)).isEmpty();
    }
}
