package org.sextant.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Empty input, a single activity, undefined ratios and rejected input. */
class EarnedValueEdgeCasesTest {

    private static final Offset<Double> TINY = within(1e-9);

    private static ProjectEarnedValue analyze(EarnedValueProject project, LocalDate status) {
        return WorkedExample.analyzer().analyze(project, WorkedExample.options(status));
    }

    private static EarnedValueProject project(List<BaselineActivity> activities, List<ProgressSnapshot> progress,
            List<ActualCost> actuals) {
        return new EarnedValueProject("P", "EUR", WorkedExample.CALENDAR, activities, progress, actuals);
    }

    @Test
    void aProjectWithoutActivitiesHasZeroBudgetAndNoRatios() {
        ProjectEarnedValue result = analyze(project(List.of(), List.of(), List.of()), WorkedExample.STATUS);
        EarnedValueMetrics m = result.metrics();

        assertThat(m.budgetAtCompletion()).isZero();
        assertThat(m.schedulePerformanceIndex()).isEmpty();
        assertThat(m.costPerformanceIndex()).isEmpty();
        assertThat(m.estimatesAtCompletion().get(EacMethod.CPI)).isEmpty();
        assertThat(m.toCompletePerformanceIndexBac()).isEmpty();
        assertThat(m.earnedSchedule()).isEmpty();
        assertThat(result.sCurve().timeline().periods()).isEqualTo(1);
    }

    @Test
    void aZeroBudgetActivityIsAcceptedButHasNoIndexes() {
        var a = new BaselineActivity("A", WorkedExample.start(1, 5), WorkedExample.finish(1, 9), 0);
        EarnedValueMetrics m = analyze(project(List.of(a), List.of(), List.of()), WorkedExample.STATUS).metrics();

        assertThat(m.plannedValue()).isZero();
        assertThat(m.schedulePerformanceIndex()).isEmpty();
        assertThat(m.earnedSchedule()).isEmpty();
    }

    /** One activity of 1,000 over two weeks, status after the first week with 30 % done: SPI = 300 / 500. */
    @Test
    void aSingleActivityIsItsOwnProject() {
        var a = new BaselineActivity("A", WorkedExample.start(1, 5), WorkedExample.finish(1, 16), 1_000);
        var progress = new ProgressSnapshot(LocalDate.of(2026, 1, 11), List.of(ActivityProgress.percent("A", 30)));
        var cost = new ActualCost("A", LocalDate.of(2026, 1, 9), 400);

        EarnedValueMetrics m = analyze(project(List.of(a), List.of(progress), List.of(cost)), LocalDate.of(2026, 1, 11))
                .metrics();

        assertThat(m.schedulePerformanceIndex()).hasValueCloseTo(0.6, TINY);
        assertThat(m.costPerformanceIndex()).hasValueCloseTo(0.75, TINY);
        assertThat(m.earnedSchedule().orElseThrow().earnedSchedule()).isCloseTo(0.6, TINY);
    }

    @Test
    void withoutActualCostsCpiAndTheEstimatesDependingOnItAreAbsent() {
        var progress = new ProgressSnapshot(WorkedExample.STATUS, List.of(ActivityProgress.percent("A", 100)));
        EarnedValueMetrics m = analyze(project(WorkedExample.baseline(), List.of(progress), List.of()), WorkedExample.STATUS)
                .metrics();

        assertThat(m.costPerformanceIndex()).isEmpty();
        assertThat(m.estimateAtCompletion()).isEmpty();
        assertThat(m.estimateToComplete()).isEmpty();
        assertThat(m.varianceAtCompletion()).isEmpty();
        assertThat(m.estimatesAtCompletion().get(EacMethod.BUDGET_RATE)).hasValueCloseTo(3_000.0, TINY);
    }

    @Test
    void withoutProgressEarnedScheduleIsZeroAndItsDurationForecastAbsent() {
        EarnedValueMetrics m = analyze(project(WorkedExample.baseline(), List.of(), List.of()), WorkedExample.STATUS)
                .metrics();

        assertThat(m.earnedValue()).isZero();
        assertThat(m.schedulePerformanceIndex()).hasValueCloseTo(0.0, TINY);
        EarnedSchedule es = m.earnedSchedule().orElseThrow();
        assertThat(es.earnedSchedule()).isZero();
        assertThat(es.estimatedDuration()).isEmpty();
        assertThat(es.forecastFinish()).isEmpty();
    }

    @Test
    void aStatusDateBeforeTheBaselineStartHasNoPlannedValueSpiOrEarnedSchedule() {
        ProjectEarnedValue result = analyze(project(WorkedExample.baseline(), List.of(), List.of()), LocalDate.of(2025, 12, 20));
        EarnedValueMetrics m = result.metrics();

        assertThat(m.plannedValue()).isZero();
        assertThat(m.schedulePerformanceIndex()).isEmpty();
        assertThat(m.earnedSchedule()).isEmpty();
        assertThat(m.budgetAtCompletion()).isEqualTo(4_000);
        assertThat(result.sCurve().timeline().start()).isEqualTo(LocalDate.of(2025, 12, 15));
    }

    /** Finished two weeks late (status end of week 7): ES = PD = 5, AT = 7, SPI(t) = 5/7 while SPI = 1. */
    @Test
    void aFinishedProjectHasEarnedThePlannedDurationAndNoMore() {
        var done = new ProgressSnapshot(LocalDate.of(2026, 2, 22), List.of(ActivityProgress.percent("A", 100),
                ActivityProgress.percent("B", 100), ActivityProgress.percent("C", 100)));
        EarnedValueMetrics m = analyze(project(WorkedExample.baseline(), List.of(done), WorkedExample.actuals()),
                LocalDate.of(2026, 2, 22)).metrics();

        assertThat(m.schedulePerformanceIndex()).hasValueCloseTo(1.0, TINY);
        EarnedSchedule es = m.earnedSchedule().orElseThrow();
        assertThat(es.earnedSchedule()).isEqualTo(5);
        assertThat(es.actualTime()).isCloseTo(7, TINY);
        assertThat(es.schedulePerformanceIndex()).isCloseTo(5.0 / 7, TINY);
        assertThat(es.toCompleteSchedulePerformanceIndex()).isEmpty();
    }

    @Test
    void aStatusDateInsideAWeekCountsTheWorkingTimeElapsed() {
        var progress = new ProgressSnapshot(LocalDate.of(2026, 1, 7), List.of(ActivityProgress.percent("A", 30)));
        EarnedSchedule es = analyze(project(WorkedExample.baseline(), List.of(progress), List.of()), LocalDate.of(2026, 1, 7))
                .metrics().earnedSchedule().orElseThrow();

        assertThat(es.actualTime()).isCloseTo(0.6, TINY);
    }

    @Test
    void aNegativeActualCostIsRejectedNamingTheActivity() {
        assertThatThrownBy(() -> new ActualCost("B", WorkedExample.STATUS, -5))
                .isInstanceOfSatisfying(EarnedValueInputException.class, e -> assertThat(e.activityId()).isEqualTo("B"))
                .hasMessageContaining("activity B");
    }

    @Test
    void anActualCostWithoutAmountOrDateIsRejectedNamingTheActivity() {
        assertThatThrownBy(() -> new ActualCost("B", WorkedExample.STATUS, Double.NaN))
                .isInstanceOfSatisfying(EarnedValueInputException.class, e -> assertThat(e.activityId()).isEqualTo("B"));
        assertThatThrownBy(() -> new ActualCost("C", null, 10))
                .isInstanceOfSatisfying(EarnedValueInputException.class, e -> assertThat(e.activityId()).isEqualTo("C"));
    }

    @Test
    void anActualCostOfAnActivityNotInTheBaselineIsRejectedNamingProjectAndActivity() {
        var stray = new ActualCost("Z", LocalDate.of(2026, 1, 9), 10);

        assertThatThrownBy(() -> analyze(project(WorkedExample.baseline(), List.of(), List.of(stray)), WorkedExample.STATUS))
                .isInstanceOfSatisfying(EarnedValueInputException.class, e -> {
                    assertThat(e.project()).isEqualTo("P");
                    assertThat(e.activityId()).isEqualTo("Z");
                });
    }

    @Test
    void progressOfAnActivityNotInTheBaselineIsRejected() {
        var progress = new ProgressSnapshot(WorkedExample.STATUS, List.of(ActivityProgress.percent("Z", 10)));

        assertThatThrownBy(() -> analyze(project(WorkedExample.baseline(), List.of(progress), List.of()), WorkedExample.STATUS))
                .isInstanceOfSatisfying(EarnedValueInputException.class, e -> assertThat(e.activityId()).isEqualTo("Z"));
    }

    @Test
    void aDuplicateActivityIdIsRejected() {
        var a = new BaselineActivity("A", WorkedExample.start(1, 5), WorkedExample.finish(1, 9), 1);

        assertThatThrownBy(() -> analyze(project(List.of(a, a), List.of(), List.of()), WorkedExample.STATUS))
                .isInstanceOfSatisfying(EarnedValueInputException.class, e -> assertThat(e.activityId()).isEqualTo("A"));
    }

    @Test
    void percentCompleteOutsideZeroToHundredIsRejected() {
        assertThatThrownBy(() -> ActivityProgress.percent("A", 120))
                .isInstanceOfSatisfying(EarnedValueInputException.class, e -> assertThat(e.activityId()).isEqualTo("A"));
    }

    @Test
    void aFinishBeforeTheStartIsRejected() {
        assertThatThrownBy(() -> new BaselineActivity("A", WorkedExample.start(1, 9), WorkedExample.finish(1, 5), 1))
                .isInstanceOfSatisfying(EarnedValueInputException.class, e -> assertThat(e.activityId()).isEqualTo("A"));
    }

    @Test
    void anUnknownCalendarIsRejectedNamingTheProject() {
        var project = new EarnedValueProject("P", "EUR", "nope", WorkedExample.baseline(), List.of(), List.of());

        assertThatThrownBy(() -> analyze(project, WorkedExample.STATUS))
                .isInstanceOfSatisfying(EarnedValueInputException.class, e -> assertThat(e.project()).isEqualTo("P"));
    }

    @Test
    void anActualCostBeforeTheBaselineStartExtendsTheTimelineBackToIt() {
        var early = new ActualCost("A", LocalDate.of(2025, 12, 29), 50);
        ProjectEarnedValue result = analyze(project(WorkedExample.baseline(), List.of(), List.of(early)), WorkedExample.STATUS);

        assertThat(result.sCurve().timeline().start()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(result.sCurve().actualCost(0)).isEqualTo(50);
        assertThat(result.sCurve().plannedValue(0)).isZero();
        assertThat(result.metrics().earnedSchedule().orElseThrow().actualTime()).isCloseTo(4, TINY);
    }

    @Test
    void anUnknownRollUpCalendarIsRejectedNamingTheRollUp() {
        var request = new RollUpRequest("Program", "EUR", java.util.Map.of(), "nope", List.of(WorkedExample.project()));

        assertThatThrownBy(() -> WorkedExample.analyzer().rollUp(request, WorkedExample.options(WorkedExample.STATUS)))
                .isInstanceOfSatisfying(EarnedValueInputException.class, e -> assertThat(e.project()).isEqualTo("Program"));
    }
}
