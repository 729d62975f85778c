package org.sextant.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sextant.baseline.BaselineComparison;
import org.sextant.baseline.BaselineComparisons;
import org.sextant.baseline.Baselines;
import org.sextant.earnedvalue.EarnedValues;
import org.sextant.engine.evm.EarnedValueMetrics;
import org.sextant.engine.evm.ProjectEarnedValue;
import org.sextant.project.ProjectId;
import org.sextant.report.Evidence;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskKind;
import org.sextant.schedule.Tasks;
import org.springframework.stereotype.Component;

/**
 * Gathers the figures health is suggested from, through the other features' public APIs only: earned
 * value ({@link EarnedValues}), milestone slippage and scope changes against baseline 0
 * ({@link BaselineComparisons}) and overdue tasks ({@link Tasks}). The caller must be able to read the project.
 */
@Component
class EvidenceCollector {

    private final EarnedValues earnedValues;
    private final Baselines baselines;
    private final BaselineComparisons comparisons;
    private final Tasks tasks;

    EvidenceCollector(EarnedValues earnedValues, Baselines baselines, BaselineComparisons comparisons, Tasks tasks) {
        this.earnedValues = earnedValues;
        this.baselines = baselines;
        this.comparisons = comparisons;
        this.tasks = tasks;
    }

    Evidence collect(ProjectId projectId, LocalDate statusDate) {
        Optional<ProjectEarnedValue> ev = earnedValues.project(projectId, statusDate);
        EarnedValueMetrics m = ev.map(ProjectEarnedValue::metrics).orElse(null);
        boolean baselineSet = baselines.find(projectId, 0).isPresent();
        List<Evidence.SlippedMilestone> slipped = new ArrayList<>();
        int baselineTasks = 0;
        int added = 0;
        int removed = 0;
        if (baselineSet) {
            BaselineComparison comparison = comparisons.compare(projectId, 0);
            for (BaselineComparison.Row row : comparison.rows()) {
                if (row.summary()) {
                    continue;
                }
                switch (row.presence()) {
                    case ADDED -> added++;
                    case REMOVED -> {
                        removed++;
                        baselineTasks++;
                    }
                    case BOTH -> baselineTasks++;
                }
                if (row.milestone() && row.variance() != null && row.variance().finishDays() != null
                        && row.variance().finishDays().signum() > 0) {
                    slipped.add(new Evidence.SlippedMilestone(row.wbsCode(), row.name(),
                            row.baseline().finish().toLocalDate(), row.current().finish().toLocalDate(),
                            row.variance().finishDays()));
                }
            }
            slipped.sort(Comparator.comparing(Evidence.SlippedMilestone::slipDays).reversed());
        }
        int open = 0;
        List<Evidence.OverdueTask> overdue = new ArrayList<>();
        for (Task t : tasks.all(projectId)) {
            if (t.kind() == TaskKind.SUMMARY || t.percentComplete() >= 100 || t.actualFinish() != null) {
                continue;
            }
            open++;
            if (t.plannedFinish() != null && t.plannedFinish().toLocalDate().isBefore(statusDate)) {
                overdue.add(new Evidence.OverdueTask(t.wbsCode(), t.name(), t.plannedFinish().toLocalDate(),
                        t.percentComplete()));
            }
        }
        overdue.sort(Comparator.comparing(Evidence.OverdueTask::plannedFinish));
        return new Evidence(statusDate, m != null, m == null ? null : value(m.schedulePerformanceIndex()),
                m == null ? null : value(m.costPerformanceIndex()), m == null ? null : m.plannedValue(),
                m == null ? null : m.earnedValue(), m == null ? null : m.actualCost(), baselineSet, baselineTasks,
                slipped, open, overdue, added, removed);
    }

    private static Double value(java.util.OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
