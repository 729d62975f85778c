package org.sextant.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Programs and portfolios: sums in one currency, indexes recomputed from the sums. */
class EarnedValueRollUpTest {

    private static final Offset<Double> CENT = within(0.005);
    private static final Offset<Double> TINY = within(1e-9);

    private static RollUpRequest request(List<EarnedValueProject> projects, Map<String, Double> rates) {
        return new RollUpRequest("Program", "EUR", rates, WorkedExample.CALENDAR, projects);
    }

    private static PortfolioEarnedValue rollUp(List<EarnedValueProject> projects, Map<String, Double> rates) {
        return WorkedExample.analyzer().rollUp(request(projects, rates), WorkedExample.options(EacMethod.CPI));
    }

    /** A second project of one activity, 1,000 over weeks 1-2, finished, cost 500: makes the sums uneven. */
    private static EarnedValueProject small(String currency) {
        var a = new BaselineActivity("X", WorkedExample.start(1, 5), WorkedExample.finish(1, 16), 1_000);
        return new EarnedValueProject("Small", currency, WorkedExample.CALENDAR, List.of(a),
                List.of(new ProgressSnapshot(WorkedExample.STATUS, List.of(ActivityProgress.percent("X", 100)))),
                List.of(new ActualCost("X", LocalDate.of(2026, 1, 12), 500)));
    }

    @Test
    void amountsOfTheProjectsAreSummed() {
        EarnedValueMetrics m = rollUp(List.of(WorkedExample.project(), small("EUR")), Map.of()).metrics();

        assertThat(m.budgetAtCompletion()).isCloseTo(5_000, CENT);
        assertThat(m.plannedValue()).isCloseTo(4_000, CENT);
        assertThat(m.earnedValue()).isCloseTo(2_800, CENT);
        assertThat(m.actualCost()).isCloseTo(2_700, CENT);
    }

    /** CPI = 2,800 / 2,700, not the mean of 9/11 and 2; SPI = 2,800 / 4,000. */
    @Test
    void indexesAreRecomputedFromTheSumsNotAveraged() {
        EarnedValueMetrics m = rollUp(List.of(WorkedExample.project(), small("EUR")), Map.of()).metrics();

        assertThat(m.costPerformanceIndex()).hasValueCloseTo(28.0 / 27, TINY);
        assertThat(m.schedulePerformanceIndex()).hasValueCloseTo(0.7, TINY);
        assertThat(m.estimateAtCompletion()).hasValueCloseTo(5_000 * 27.0 / 28, CENT);
    }

    @Test
    void sCurvesAreSummedPeriodByPeriod() {
        SCurve curve = rollUp(List.of(WorkedExample.project(), small("EUR")), Map.of()).sCurve();

        assertThat(curve.plannedValue(0)).isCloseTo(1_000, CENT);
        assertThat(curve.plannedValue(1)).isCloseTo(2_000, CENT);
        assertThat(curve.plannedValue(4)).isCloseTo(5_000, CENT);
        assertThat(curve.actualCost(1)).isCloseTo(1_700, CENT);
    }

    /** Combined PV per week 1,000, 2,000, 3,000, 4,000, 5,000; EV 2,800: ES = 2 + 800 / 1,000. */
    @Test
    void earnedScheduleOfTheRollUpUsesTheSummedCurves() {
        EarnedSchedule es = rollUp(List.of(WorkedExample.project(), small("EUR")), Map.of()).metrics().earnedSchedule()
                .orElseThrow();

        assertThat(es.earnedSchedule()).isCloseTo(2.8, TINY);
        assertThat(es.actualTime()).isCloseTo(4, TINY);
    }

    @Test
    void projectsInAnotherCurrencyAreConvertedAtTheGivenRate() {
        EarnedValueMetrics m = rollUp(List.of(WorkedExample.project(), small("USD")), Map.of("USD", 0.5)).metrics();

        assertThat(m.budgetAtCompletion()).isCloseTo(4_500, CENT);
        assertThat(m.actualCost()).isCloseTo(2_450, CENT);
    }

    @Test
    void aProjectWithoutExchangeRateIsRejectedNamingIt() {
        assertThatThrownBy(() -> rollUp(List.of(WorkedExample.project(), small("USD")), Map.of()))
                .isInstanceOfSatisfying(EarnedValueInputException.class, e -> assertThat(e.project()).isEqualTo("Small"));
    }

    @Test
    void aProjectTwiceInTheRollUpIsRejected() {
        assertThatThrownBy(() -> rollUp(List.of(WorkedExample.project(), WorkedExample.project()), Map.of()))
                .isInstanceOfSatisfying(EarnedValueInputException.class, e -> assertThat(e.project()).isEqualTo("Example"));
    }

    @Test
    void anEmptyRollUpHasNothingPlannedAndNoRatios() {
        EarnedValueMetrics m = rollUp(List.of(), Map.of()).metrics();

        assertThat(m.budgetAtCompletion()).isZero();
        assertThat(m.schedulePerformanceIndex()).isEmpty();
        assertThat(m.earnedSchedule()).isEmpty();
    }

    /** A project planned a year later shares the roll-up's timeline but keeps its own earned schedule. */
    @Test
    void eachProjectsOwnResultIsUnchangedByTheRollUpTimeline() {
        var early = new BaselineActivity("E", LocalDateTime.of(2025, 1, 6, 8, 0), LocalDateTime.of(2025, 1, 10, 17, 0), 10);
        var other = new EarnedValueProject("Early", "EUR", WorkedExample.CALENDAR, List.of(early), List.of(), List.of());

        PortfolioEarnedValue portfolio = rollUp(List.of(other, WorkedExample.project()), Map.of());
        ProjectEarnedValue alone = WorkedExample.analyzer().analyze(WorkedExample.project(), WorkedExample.options(EacMethod.CPI));

        ProjectEarnedValue inRollUp = portfolio.projects().get(1);
        assertThat(inRollUp.sCurve().timeline().start()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(inRollUp.metrics().earnedValue()).isCloseTo(alone.metrics().earnedValue(), TINY);
        EarnedSchedule es = inRollUp.metrics().earnedSchedule().orElseThrow();
        assertThat(es.earnedSchedule()).isCloseTo(2.8, TINY);
        assertThat(es.actualTime()).isCloseTo(4, TINY);
        assertThat(es.forecastFinish()).isEqualTo(alone.metrics().earnedSchedule().orElseThrow().forecastFinish());
    }
}
