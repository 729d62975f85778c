package org.sextant.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarRules;

/** How budgets are spread (distributions, working time) and how progress earns them (0/100, 50/50, % complete). */
class EarningRulesTest {

    private static final Offset<Double> CENT = within(0.005);

    private static double earned(EarnedValueRule rule, ActivityProgress progress) {
        return 1_000 * rule.earnedShare(progress);
    }

    @Test
    void zeroHundredEarnsNothingUntilTheActivityIsFinished() {
        assertThat(earned(EarnedValueRule.ZERO_HUNDRED, ActivityProgress.percent("A", 90))).isZero();
        assertThat(earned(EarnedValueRule.ZERO_HUNDRED, ActivityProgress.percent("A", 100))).isEqualTo(1_000);
    }

    @Test
    void fiftyFiftyEarnsHalfAtTheStartEvenWithoutPercentComplete() {
        ActivityProgress startedOnly = new ActivityProgress("A", true, 0, OptionalDouble.empty());

        assertThat(earned(EarnedValueRule.FIFTY_FIFTY, startedOnly)).isEqualTo(500);
        assertThat(earned(EarnedValueRule.FIFTY_FIFTY, ActivityProgress.percent("A", 80))).isEqualTo(500);
        assertThat(earned(EarnedValueRule.FIFTY_FIFTY, ActivityProgress.percent("A", 100))).isEqualTo(1_000);
    }

    @Test
    void physicalPercentCompleteEarnsThatShareOfTheBudget() {
        assertThat(earned(EarnedValueRule.PHYSICAL_PERCENT_COMPLETE, ActivityProgress.percent("A", 35))).isCloseTo(350, CENT);
    }

    @Test
    void anActivityWithoutProgressHasEarnedNothingWhateverItsRule() {
        for (EarnedValueRule rule : EarnedValueRule.values()) {
            assertThat(earned(rule, null)).as(rule.name()).isZero();
        }
    }

    private static PlannedValueSpreader spreader() {
        CalendarRules rules = new CalendarRules(List.of(CalendarDefinition.standard("standard", List.of())));
        return new PlannedValueSpreader(rules.compile("standard", WorkedExample.STATUS));
    }

    /** One week Monday 08:00 to Friday 17:00 is 40 working hours; Monday evening is 8 hours, x = 0.2. */
    @Test
    void frontLoadedSpreadPlansMoreEarlyAndBackLoadedLess() {
        BaselineActivity linear = new BaselineActivity("L", WorkedExample.start(1, 5), WorkedExample.finish(1, 9), 1_000);
        BaselineActivity front = new BaselineActivity("F", WorkedExample.start(1, 5), WorkedExample.finish(1, 9), 1_000,
                Distribution.FRONT_LOADED, EarnedValueRule.PHYSICAL_PERCENT_COMPLETE);
        BaselineActivity back = new BaselineActivity("B", WorkedExample.start(1, 5), WorkedExample.finish(1, 9), 1_000,
                Distribution.BACK_LOADED, EarnedValueRule.PHYSICAL_PERCENT_COMPLETE);
        var mondayEvening = WorkedExample.finish(1, 5);

        assertThat(spreader().plannedValueAt(linear, mondayEvening)).isCloseTo(200, CENT);
        assertThat(spreader().plannedValueAt(front, mondayEvening)).isCloseTo(360, CENT);
        assertThat(spreader().plannedValueAt(back, mondayEvening)).isCloseTo(40, CENT);
    }

    /** Friday 17:00 to Monday 08:00 has no working time, so nothing more is planned over the weekend. */
    @Test
    void nonWorkingTimePlansNothing() {
        BaselineActivity twoWeeks = new BaselineActivity("A", WorkedExample.start(1, 5), WorkedExample.finish(1, 16), 1_000);

        double friday = spreader().plannedValueAt(twoWeeks, WorkedExample.finish(1, 9));
        double sunday = spreader().plannedValueAt(twoWeeks, WorkedExample.finish(1, 11));

        assertThat(friday).isCloseTo(500, CENT);
        assertThat(sunday).isCloseTo(friday, CENT);
    }

    @Test
    void aMilestonePlansItsWholeBudgetAtItsFinish() {
        var at = WorkedExample.finish(1, 9);
        BaselineActivity milestone = new BaselineActivity("M", at, at, 300);

        assertThat(spreader().plannedValueAt(milestone, at.minusMinutes(1))).isZero();
        assertThat(spreader().plannedValueAt(milestone, at)).isEqualTo(300);
    }

    @Test
    void theEarnedValueCurveTakesTheLatestProgressReportedByEachPeriodEnd() {
        EarnedValueProject project = new EarnedValueProject("History", "EUR", WorkedExample.CALENDAR,
                WorkedExample.baseline(), List.of(
                        WorkedExample.statusReport(),
                        new ProgressSnapshot(WorkedExample.start(1, 9).toLocalDate(), List.of(ActivityProgress.percent("A", 40))),
                        new ProgressSnapshot(WorkedExample.start(1, 21).toLocalDate(), List.of(ActivityProgress.percent("A", 100)))),
                WorkedExample.actuals());

        SCurve curve = WorkedExample.analyzer().analyze(project, WorkedExample.options(EacMethod.CPI)).sCurve();

        assertThat(curve.earnedValue(0)).isCloseTo(400, CENT);
        assertThat(curve.earnedValue(1)).isCloseTo(400, CENT);
        assertThat(curve.earnedValue(2)).isCloseTo(1_000, CENT);
        assertThat(curve.earnedValue(3)).isCloseTo(1_800, CENT);
    }

    @Test
    void progressReportedAfterTheStatusDateIsNotYetCounted() {
        EarnedValueProject project = new EarnedValueProject("Later", "EUR", WorkedExample.CALENDAR,
                WorkedExample.baseline(), List.of(WorkedExample.statusReport(),
                        new ProgressSnapshot(WorkedExample.STATUS.plusDays(7), List.of(ActivityProgress.percent("C", 100)))),
                WorkedExample.actuals());

        EarnedValueMetrics m = WorkedExample.analyzer().analyze(project, WorkedExample.options(EacMethod.CPI)).metrics();

        assertThat(m.earnedValue()).isCloseTo(1_800, CENT);
    }
}
