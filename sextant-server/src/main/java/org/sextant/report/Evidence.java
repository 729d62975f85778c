package org.sextant.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures health was suggested from, as of the report's status date; stored with the report, so a
 * submitted report shows what it was based on even after the plan changes.
 *
 * @param statusDate        the date the figures are as of
 * @param earnedValue       whether earned value was available (a baseline 0 and progress)
 * @param spi               schedule performance index, when known
 * @param cpi               cost performance index, when known
 * @param plannedValue      PV in the project's currency, when earned value is known
 * @param earnedValueAmount EV, when known
 * @param actualCost        AC, when known
 * @param baselineSet       whether the project has a baseline 0
 * @param baselineTasks     tasks (not summaries) in baseline 0
 * @param milestones        milestones whose current finish is later than in baseline 0, worst first
 * @param openTasks         tasks (not summaries) not yet complete
 * @param overdue           open tasks whose planned finish is before the status date, earliest first
 * @param addedTasks        tasks added since baseline 0
 * @param removedTasks      tasks removed since baseline 0
 */
public record Evidence(LocalDate statusDate, boolean earnedValue, Double spi, Double cpi, Double plannedValue,
        Double earnedValueAmount, Double actualCost, boolean baselineSet, int baselineTasks,
        List<SlippedMilestone> milestones, int openTasks, List<OverdueTask> overdue, int addedTasks,
        int removedTasks) {

    public Evidence {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        overdue = overdue == null ? List.of() : List.copyOf(overdue);
    }

    /** A milestone finishing later than in baseline 0. */
    public record SlippedMilestone(String wbsCode, String name, LocalDate baselineFinish, LocalDate currentFinish,
            BigDecimal slipDays) {
    }

    /** An open task past its planned finish. */
    public record OverdueTask(String wbsCode, String name, LocalDate plannedFinish, int percentComplete) {
    }

    /** The worst milestone slip in working days, 0 when none slipped. */
    public BigDecimal worstSlipDays() {
        return milestones.stream().map(SlippedMilestone::slipDays).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
}
