package org.sextant.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The earned value and earned schedule formulas on {@link WorkedExample}, a hand-computable project
 * built for this test (not a published example; see its Javadoc). Formulas as stated in PMI's
 * <i>Practice Standard for Earned Value Management</i> (2nd ed., 2011) and, for earned schedule,
 * W. Lipke, "Schedule is Different", <i>The Measurable News</i>, March 2003:
 * {@code ES = C + (EV - PV_C) / (PV_{C+1} - PV_C)}, {@code SPI(t) = ES / AT}, {@code IEAC(t) = PD / SPI(t)}.
 */
class EarnedValueFormulasTest {

    private static final Offset<Double> CENT = within(0.005);
    private static final Offset<Double> TINY = within(1e-9);

    @Test
    void plannedValueIsSpreadLinearlyOverWorkingTimeAndCumulatedPerWeek() {
        SCurve curve = WorkedExample.analyzer().analyze(WorkedExample.project(), WorkedExample.options(EacMethod.CPI))
                .sCurve();

        assertThat(curve.timeline().start()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(curve.timeline().periods()).isEqualTo(5);
        double[] expected = {500, 1_000, 2_000, 3_000, 4_000};
        for (int i = 0; i < expected.length; i++) {
            assertThat(curve.plannedValue(i)).as("PV week %d", i + 1).isCloseTo(expected[i], CENT);
        }
    }

    @Test
    void budgetPlannedAndEarnedValueAndActualCostAreTakenAtTheStatusDate() {
        EarnedValueMetrics m = WorkedExample.metrics(EacMethod.CPI);

        assertThat(m.budgetAtCompletion()).isCloseTo(4_000, CENT);
        assertThat(m.plannedValue()).isCloseTo(3_000, CENT);
        assertThat(m.earnedValue()).isCloseTo(1_800, CENT);
        assertThat(m.actualCost()).isCloseTo(2_200, CENT);
    }

    /** SV = EV - PV = 1,800 - 3,000; SPI = EV / PV = 0.6. */
    @Test
    void scheduleVarianceAndIndexCompareEarnedWithPlannedValue() {
        EarnedValueMetrics m = WorkedExample.metrics(EacMethod.CPI);

        assertThat(m.scheduleVariance()).isCloseTo(-1_200, CENT);
        assertThat(m.schedulePerformanceIndex()).hasValueCloseTo(0.6, TINY);
    }

    /** CV = EV - AC = 1,800 - 2,200; CPI = EV / AC = 9 / 11. */
    @Test
    void costVarianceAndIndexCompareEarnedValueWithActualCost() {
        EarnedValueMetrics m = WorkedExample.metrics(EacMethod.CPI);

        assertThat(m.costVariance()).isCloseTo(-400, CENT);
        assertThat(m.costPerformanceIndex()).hasValueCloseTo(9.0 / 11, TINY);
    }

    /** EAC = BAC / CPI = 4,000 × 11 / 9 = 4,888.89; ETC = EAC - AC = 2,688.89; VAC = BAC - EAC = -888.89. */
    @Test
    void estimateAtCompletionByCpiAssumesTheCostEfficiencyContinues() {
        EarnedValueMetrics m = WorkedExample.metrics(EacMethod.CPI);

        assertThat(m.estimateAtCompletion()).hasValueCloseTo(4_888.89, CENT);
        assertThat(m.estimateToComplete()).hasValueCloseTo(2_688.89, CENT);
        assertThat(m.varianceAtCompletion()).hasValueCloseTo(-888.89, CENT);
    }

    /** EAC = AC + (BAC - EV) / (CPI × SPI) = 2,200 + 2,200 / (9/11 × 0.6) = 2,200 + 4,481.48. */
    @Test
    void estimateAtCompletionByCompositeIndexWeighsCostAndScheduleEfficiency() {
        EarnedValueMetrics m = WorkedExample.metrics(EacMethod.CPI_TIMES_SPI);

        assertThat(m.estimateAtCompletion()).hasValueCloseTo(6_681.48, CENT);
    }

    /** EAC = AC + Σ ETC = 2,200 + (A finished: 0) + (B own estimate: 1,500) + (C remaining budget: 1,000). */
    @Test
    void estimateAtCompletionBottomUpAddsTheActivitiesEstimatesToComplete() {
        EarnedValueMetrics m = WorkedExample.metrics(EacMethod.BOTTOM_UP);

        assertThat(m.estimateAtCompletion()).hasValueCloseTo(4_700.0, CENT);
        assertThat(m.estimateToComplete()).hasValueCloseTo(2_500.0, CENT);
    }

    /** EAC = AC + BAC - EV = 2,200 + 4,000 - 1,800. */
    @Test
    void estimateAtCompletionAtBudgetRateCostsTheRemainingWorkAsBudgeted() {
        EarnedValueMetrics m = WorkedExample.metrics(EacMethod.BUDGET_RATE);

        assertThat(m.estimateAtCompletion()).hasValueCloseTo(4_400.0, CENT);
        assertThat(m.varianceAtCompletion()).hasValueCloseTo(-400.0, CENT);
    }

    @Test
    void everyMethodsEstimateIsReportedWhicheverIsChosen() {
        EarnedValueMetrics m = WorkedExample.metrics(EacMethod.BUDGET_RATE);

        assertThat(m.estimatesAtCompletion().get(EacMethod.CPI)).hasValueCloseTo(4_888.89, CENT);
        assertThat(m.estimatesAtCompletion().get(EacMethod.CPI_TIMES_SPI)).hasValueCloseTo(6_681.48, CENT);
        assertThat(m.estimatesAtCompletion().get(EacMethod.BOTTOM_UP)).hasValueCloseTo(4_700.0, CENT);
    }

    /** TCPI(BAC) = (BAC - EV) / (BAC - AC) = 2,200 / 1,800; TCPI(EAC) = (BAC - EV) / (EAC - AC) = CPI for EAC by CPI. */
    @Test
    void toCompletePerformanceIndexIsTheEfficiencyNeededOnTheRemainingWork() {
        EarnedValueMetrics m = WorkedExample.metrics(EacMethod.CPI);

        assertThat(m.toCompletePerformanceIndexBac()).hasValueCloseTo(11.0 / 9, TINY);
        assertThat(m.toCompletePerformanceIndexEac()).hasValueCloseTo(9.0 / 11, TINY);
    }

    /** EV 1,800 lies between PV_2 = 1,000 and PV_3 = 2,000: ES = 2 + 800 / 1,000 = 2.8 weeks; AT = 4. */
    @Test
    void earnedScheduleInterpolatesInsideThePeriodBeingEarned() {
        EarnedSchedule es = WorkedExample.metrics(EacMethod.CPI).earnedSchedule().orElseThrow();

        assertThat(es.earnedSchedule()).isCloseTo(2.8, TINY);
        assertThat(es.actualTime()).isCloseTo(4, TINY);
        assertThat(es.plannedDuration()).isCloseTo(5, TINY);
    }

    /** SV(t) = ES - AT = -1.2 weeks; SPI(t) = ES / AT = 0.7. */
    @Test
    void timeBasedScheduleVarianceAndIndexCompareEarnedScheduleWithActualTime() {
        EarnedSchedule es = WorkedExample.metrics(EacMethod.CPI).earnedSchedule().orElseThrow();

        assertThat(es.scheduleVariance()).isCloseTo(-1.2, TINY);
        assertThat(es.schedulePerformanceIndex()).isCloseTo(0.7, TINY);
    }

    /** IEAC(t) = PD / SPI(t) = 5 / 0.7 = 7.14 weeks, ending Monday 23 Feb; TSPI = (PD - ES) / (PD - AT) = 2.2. */
    @Test
    void independentEstimateOfDurationDividesPlannedDurationBySpiT() {
        EarnedSchedule es = WorkedExample.metrics(EacMethod.CPI).earnedSchedule().orElseThrow();

        assertThat(es.estimatedDuration()).hasValueCloseTo(50.0 / 7, TINY);
        assertThat(es.forecastFinish()).contains(LocalDate.of(2026, 2, 23));
        assertThat(es.toCompleteSchedulePerformanceIndex()).hasValueCloseTo(2.2, TINY);
    }

    @Test
    void sCurveCarriesActualCostPerWeekUpToTheStatusDate() {
        SCurve curve = WorkedExample.analyzer().analyze(WorkedExample.project(), WorkedExample.options(EacMethod.CPI))
                .sCurve();

        assertThat(curve.reportedPeriods()).isEqualTo(4);
        assertThat(curve.actualCost(0)).isCloseTo(600, CENT);
        assertThat(curve.actualCost(1)).isCloseTo(1_200, CENT);
        assertThat(curve.actualCost(3)).isCloseTo(2_200, CENT);
        assertThat(curve.points().get(4).actualCost()).isEmpty();
        assertThat(curve.points().get(4).plannedValue()).isCloseTo(4_000, CENT);
    }

    @Test
    void perActivityFiguresGiveVariancePerTask() {
        ProjectEarnedValue result = WorkedExample.analyzer().analyze(WorkedExample.project(),
                WorkedExample.options(EacMethod.CPI));

        ActivityEarnedValue b = result.activities().get(1);
        assertThat(b.activityId()).isEqualTo("B");
        assertThat(b.plannedValue()).isCloseTo(2_000, CENT);
        assertThat(b.earnedValue()).isCloseTo(800, CENT);
        assertThat(b.scheduleVariance()).isCloseTo(-1_200, CENT);
        assertThat(b.costVariance()).isCloseTo(-200, CENT);
    }

    @Test
    void plannedValueCanBeCumulatedPerMonth() {
        var options = new EarnedValueOptions(WorkedExample.STATUS, PeriodUnit.MONTH, EacMethod.CPI);
        SCurve curve = WorkedExample.analyzer().analyze(WorkedExample.project(), options).sCurve();

        assertThat(curve.timeline().periods()).isEqualTo(2);
        assertThat(curve.plannedValue(0)).isCloseTo(3_000, CENT);
        assertThat(curve.plannedValue(1)).isCloseTo(4_000, CENT);
        assertThat(curve.actualCost(0)).isCloseTo(2_200, CENT);
        assertThat(curve.earnedValue(0)).as("nothing reported by 31 January").isZero();
        assertThat(curve.earnedValue(1)).as("February holds the status date").isCloseTo(1_800, CENT);
        assertThat(curve.reportedPeriods()).isEqualTo(2);
    }

    /** A's 1,000 over ten working days: 100 a working day, nothing on the weekend. */
    @Test
    void plannedValueCanBeCumulatedPerDay() {
        var options = new EarnedValueOptions(WorkedExample.STATUS, PeriodUnit.DAY, EacMethod.CPI);
        SCurve curve = WorkedExample.analyzer().analyze(WorkedExample.project(), options).sCurve();

        assertThat(curve.timeline().start()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(curve.plannedValue(0)).isCloseTo(100, CENT);
        assertThat(curve.plannedValue(4)).isCloseTo(500, CENT);
        assertThat(curve.plannedValue(6)).isCloseTo(500, CENT);
        assertThat(curve.plannedValue(7)).isCloseTo(600, CENT);
    }
}
