package org.sextant.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextant.report.Evidence;
import org.sextant.report.HealthThresholds;
import org.sextant.report.HealthThresholds.OverdueUnit;
import org.sextant.report.Rag;
import org.sextant.report.Suggestion;

class HealthRulesTest {

    static final LocalDate STATUS = LocalDate.of(2027, 3, 5);
    static final HealthThresholds DEFAULTS = thresholds(OverdueUnit.PERCENT);

    static HealthThresholds thresholds(OverdueUnit unit) {
        return new HealthThresholds(0, new BigDecimal("0.95"), new BigDecimal("0.85"), new BigDecimal("0.95"),
                new BigDecimal("0.85"), 3, 10, unit, 5, 15, 5, 15, Instant.EPOCH, "test");
    }

    /** Evidence with earned value (spi, cpi; null = no earned value), a baseline of 100 tasks and 20 open. */
    static Evidence evidence(Double spi, Double cpi) {
        return new Evidence(STATUS, spi != null || cpi != null, spi, cpi, null, null, null, true, 100, List.of(), 20,
                List.of(), 0, 0);
    }

    static Evidence withMilestones(BigDecimal... slips) {
        List<Evidence.SlippedMilestone> ms = java.util.Arrays.stream(slips).map(s -> new Evidence.SlippedMilestone("1",
                "Go-live " + s, STATUS, STATUS.plusDays(s.longValue()), s)).toList();
        return new Evidence(STATUS, false, null, null, null, null, null, true, 100, ms, 20, List.of(), 0, 0);
    }

    static Evidence withOverdue(int overdue, int open) {
        List<Evidence.OverdueTask> tasks = java.util.stream.IntStream.range(0, overdue)
                .mapToObj(i -> new Evidence.OverdueTask("1." + i, "Task " + i, STATUS.minusDays(3), 40)).toList();
        return new Evidence(STATUS, false, null, null, null, null, null, true, 100, List.of(), open, tasks, 0, 0);
    }

    static Evidence withScope(int added, int removed, int baselineTasks) {
        return new Evidence(STATUS, false, null, null, null, null, null, true, baselineTasks, List.of(), 20, List.of(),
                added, removed);
    }

    static Evidence withoutBaseline() {
        return new Evidence(STATUS, false, null, null, null, null, null, false, 0, List.of(), 20, List.of(), 0, 0);
    }

    @Test
    void spiBelowTheRedLimitIsRed() {
        Suggestion s = HealthRules.spi(evidence(0.80, 1.0), DEFAULTS);
        assertThat(s.rag()).isEqualTo(Rag.RED);
        assertThat(s.because()).contains("SPI 0.80").contains("red limit 0.85");
    }

    @Test
    void spiBetweenTheLimitsIsAmber() {
        assertThat(HealthRules.spi(evidence(0.90, 1.0), DEFAULTS).rag()).isEqualTo(Rag.AMBER);
    }

    @Test
    void spiAtTheAmberLimitIsGreen() {
        assertThat(HealthRules.spi(evidence(0.95, 1.0), DEFAULTS).rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void spiWithoutEarnedValueSaysNoDataRatherThanGreen() {
        Suggestion s = HealthRules.spi(evidence(null, null), DEFAULTS);
        assertThat(s.rag()).isEqualTo(Rag.GREY);
        assertThat(s.because()).contains("no earned value data");
    }

    @Test
    void cpiBelowTheAmberLimitIsAmberAndBelowRedIsRed() {
        assertThat(HealthRules.cpi(evidence(1.0, 0.93), DEFAULTS).rag()).isEqualTo(Rag.AMBER);
        assertThat(HealthRules.cpi(evidence(1.0, 0.70), DEFAULTS).rag()).isEqualTo(Rag.RED);
        assertThat(HealthRules.cpi(evidence(1.0, 1.10), DEFAULTS).rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void cpiWithEarnedValueButNoActualCostSaysNoData() {
        Suggestion s = HealthRules.cpi(evidence(1.0, null), DEFAULTS);
        assertThat(s.rag()).isEqualTo(Rag.GREY);
        assertThat(s.because()).contains("no actual cost");
    }

    @Test
    void theWorstMilestoneSlipDecidesAndTheLimitsAreInclusive() {
        assertThat(HealthRules.milestoneSlippage(withMilestones(new BigDecimal("2.5")), DEFAULTS).rag()).isEqualTo(Rag.GREEN);
        assertThat(HealthRules.milestoneSlippage(withMilestones(new BigDecimal("1"), new BigDecimal("3")), DEFAULTS).rag())
                .isEqualTo(Rag.AMBER);
        Suggestion red = HealthRules.milestoneSlippage(withMilestones(new BigDecimal("4"), new BigDecimal("10")), DEFAULTS);
        assertThat(red.rag()).isEqualTo(Rag.RED);
        assertThat(red.because()).contains("2 late").contains("Go-live 10").contains("10 working days");
    }

    @Test
    void milestonesOnTimeAreGreenAndWithoutBaselineThereIsNoData() {
        assertThat(HealthRules.milestoneSlippage(withMilestones(), DEFAULTS).rag()).isEqualTo(Rag.GREEN);
        assertThat(HealthRules.milestoneSlippage(withoutBaseline(), DEFAULTS).rag()).isEqualTo(Rag.GREY);
    }

    @Test
    void overdueTasksAsAPercentageOfOpenTasksFollowThePercentLimits() {
        assertThat(HealthRules.overdueTasks(withOverdue(0, 20), DEFAULTS).rag()).isEqualTo(Rag.GREEN);
        assertThat(HealthRules.overdueTasks(withOverdue(1, 20), DEFAULTS).rag()).isEqualTo(Rag.AMBER);
        Suggestion red = HealthRules.overdueTasks(withOverdue(3, 20), DEFAULTS);
        assertThat(red.rag()).isEqualTo(Rag.RED);
        assertThat(red.because()).contains("3 of 20 open (15%)");
    }

    @Test
    void overdueTasksCountedFollowTheCountLimits() {
        HealthThresholds counted = thresholds(OverdueUnit.COUNT);
        assertThat(HealthRules.overdueTasks(withOverdue(4, 100), counted).rag()).isEqualTo(Rag.GREEN);
        assertThat(HealthRules.overdueTasks(withOverdue(5, 100), counted).rag()).isEqualTo(Rag.AMBER);
        assertThat(HealthRules.overdueTasks(withOverdue(15, 100), counted).rag()).isEqualTo(Rag.RED);
    }

    @Test
    void aProjectWithNothingOpenHasNoOverdueTasks() {
        assertThat(HealthRules.overdueTasks(withOverdue(0, 0), DEFAULTS).rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void scheduleIsTheWorstOfSpiMilestonesAndOverdueTasksIgnoringRulesWithoutData() {
        Evidence e = new Evidence(STATUS, true, 0.97, 1.0, null, null, null, true, 100,
                List.of(new Evidence.SlippedMilestone("2", "Design signed off", STATUS, STATUS.plusDays(5), new BigDecimal("4"))),
                20, List.of(), 0, 0);
        Suggestion s = HealthRules.schedule(e, DEFAULTS);
        assertThat(s.rag()).isEqualTo(Rag.AMBER);
        assertThat(s.because()).contains("SPI 0.97").contains("Design signed off").contains("Overdue tasks: 0 of 20");
        assertThat(HealthRules.schedule(withOverdue(0, 20), DEFAULTS).rag())
                .as("no earned value, but milestones and tasks measured").isEqualTo(Rag.GREEN);
    }

    @Test
    void scopeChangesSinceTheBaselineAreMeasuredAgainstItsTaskCount() {
        assertThat(HealthRules.scopeChange(withScope(0, 0, 40), DEFAULTS).rag()).isEqualTo(Rag.GREEN);
        assertThat(HealthRules.scopeChange(withScope(1, 1, 40), DEFAULTS).rag()).isEqualTo(Rag.AMBER);
        Suggestion red = HealthRules.scopeChange(withScope(4, 2, 40), DEFAULTS);
        assertThat(red.rag()).isEqualTo(Rag.RED);
        assertThat(red.because()).contains("4 tasks added, 2 removed").contains("15% of 40");
        assertThat(HealthRules.scopeChange(withoutBaseline(), DEFAULTS).rag()).isEqualTo(Rag.GREY);
    }

    @Test
    void riskIsNotAssessedUntilTheProjectManagerSetsIt() {
        assertThat(HealthRules.risk().rag()).isEqualTo(Rag.GREY);
        assertThat(HealthRules.risk().because()).contains("no risk register");
    }

    @Test
    void overallIsTheWorstOfTheOthersAndNotAssessedWhenNothingIs() {
        assertThat(HealthRules.overall(Rag.GREEN, Rag.AMBER, Rag.GREEN, Rag.GREY).rag()).isEqualTo(Rag.AMBER);
        assertThat(HealthRules.overall(Rag.GREEN, Rag.AMBER, Rag.RED, Rag.GREEN).rag()).isEqualTo(Rag.RED);
        assertThat(HealthRules.overall(Rag.GREY, Rag.GREY, Rag.GREY, Rag.GREY).rag()).isEqualTo(Rag.GREY);
    }
}
