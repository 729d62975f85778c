package org.sextant.earnedvalue.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sextant.baseline.BaselineTask;
import org.sextant.baseline.ProgressEntry;
import org.sextant.earnedvalue.EarnedValueUnit;
import org.sextant.engine.evm.ActualCost;
import org.sextant.engine.evm.BaselineActivity;
import org.sextant.engine.evm.Distribution;
import org.sextant.engine.evm.EarnedValueProject;
import org.sextant.engine.evm.EarnedValueRule;
import org.sextant.project.Project;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;

/**
 * Turns a project's stored baseline, current tasks and actuals into the engine's
 * {@link EarnedValueProject}.
 *
 * <p>Rules: summary tasks are left out (their values are their children's); tasks the baseline has
 * no dates for are left out. The unit is money when the baseline holds any cost, else work hours when
 * it holds any work, else working hours of duration ({@link EarnedValueUnit}). Actuals booked to a
 * task outside the baseline (added since, or a project-level expense) count on a zero-budget
 * activity "project" spanning the baseline, so AC includes them but no task's EV does. The bottom-up
 * estimate to complete of a task is its current plan (cost, work or duration) times the share not
 * yet complete.
 */
final class ProjectInputs {

    static final String PROJECT_BUCKET = "project";

    /** What the engine needs, plus what the report shows. */
    record Input(EarnedValueProject project, EarnedValueUnit unit, Map<TaskId, String> names) {
    }

    /** An actual amount in the project's unit on a day, on a task or (null) on the project. */
    record Actual(TaskId taskId, LocalDate date, double amount) {
    }

    private ProjectInputs() {
    }

    /** The unit the baseline supports: cost, else work, else duration. */
    static EarnedValueUnit unit(List<BaselineTask> baseline) {
        boolean work = false;
        for (BaselineTask t : baseline) {
            if (t.summary()) {
                continue;
            }
            if (t.cost() != null && t.cost().signum() > 0) {
                return EarnedValueUnit.CURRENCY;
            }
            work |= t.workMinutes() > 0;
        }
        return work ? EarnedValueUnit.WORK_HOURS : EarnedValueUnit.DURATION_HOURS;
    }

    static Input build(Project project, String calendarId, List<BaselineTask> baseline, EarnedValueUnit unit,
            List<Task> current, Map<TaskId, BigDecimal> currentCost, List<Actual> actuals, LocalDate progressDate,
            LocalDate statusDate, EarnedValueRule rule) {
        return build(project, calendarId, baseline, unit, current, currentCost, actuals, List.of(), progressDate,
                statusDate, rule);
    }

    /**
     * With the tasks' recorded progress history (any order within a task is fine when status dates
     * differ; entries of one status date in recording order), which the EV curve follows.
     */
    static Input build(Project project, String calendarId, List<BaselineTask> baseline, EarnedValueUnit unit,
            List<Task> current, Map<TaskId, BigDecimal> currentCost, List<Actual> actuals, List<ProgressEntry> history,
            LocalDate progressDate, LocalDate statusDate, EarnedValueRule rule) {
        List<BaselineActivity> activities = new ArrayList<>();
        Set<TaskId> inBaseline = new HashSet<>();
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (BaselineTask t : baseline) {
            if (t.summary() || t.start() == null || t.finish() == null || t.finish().isBefore(t.start())) {
                continue;
            }
            activities.add(new BaselineActivity(id(t.taskId()), t.start(), t.finish(), budget(t, unit),
                    Distribution.LINEAR, rule));
            inBaseline.add(t.taskId());
            first = first == null || t.start().isBefore(first) ? t.start() : first;
            last = last == null || t.finish().isAfter(last) ? t.finish() : last;
        }
        Map<TaskId, List<ProgressReconstruction.Recorded>> recorded = new HashMap<>();
        for (ProgressEntry e : history) {
            if (inBaseline.contains(e.taskId())) {
                recorded.computeIfAbsent(e.taskId(), k -> new ArrayList<>()).add(new ProgressReconstruction.Recorded(
                        e.statusDate(), e.percentComplete(), date(e.actualStart()), date(e.actualFinish())));
            }
        }
        Map<TaskId, String> names = new HashMap<>();
        List<ProgressReconstruction.Current> progress = new ArrayList<>();
        for (Task t : current) {
            names.put(t.id(), t.name());
            if (!inBaseline.contains(t.id())) {
                continue;
            }
            double remainingShare = 1 - t.percentComplete() / 100.0;
            Double etc = switch (unit) {
                case CURRENCY -> currentCost.containsKey(t.id())
                        ? currentCost.get(t.id()).doubleValue() * remainingShare : null;
                case WORK_HOURS -> t.workMinutes() / 60.0 * remainingShare;
                case DURATION_HOURS -> t.durationMinutes() / 60.0 * remainingShare;
            };
            progress.add(new ProgressReconstruction.Current(id(t.id()), t.percentComplete(),
                    date(t.actualStart()), date(t.actualFinish()), etc, recorded.get(t.id())));
        }
        List<ActualCost> costs = new ArrayList<>();
        boolean bucket = false;
        for (Actual a : actuals) {
            if (a.amount() <= 0) {
                continue;
            }
            boolean onTask = a.taskId() != null && inBaseline.contains(a.taskId());
            bucket |= !onTask;
            costs.add(new ActualCost(onTask ? id(a.taskId()) : PROJECT_BUCKET, a.date(), a.amount()));
        }
        if (bucket) {
            LocalDateTime from = first != null ? first : progressDate.atStartOfDay();
            activities.add(new BaselineActivity(PROJECT_BUCKET, from, last != null ? last : from, 0));
        }
        String currency = unit.label(project.currency() == null ? "EUR" : project.currency());
        EarnedValueProject input = new EarnedValueProject(project.code(), currency, calendarId, activities,
                ProgressReconstruction.snapshots(progress, progressDate, statusDate), costs);
        return new Input(input, unit, names);
    }

    private static LocalDate date(LocalDateTime time) {
        return time == null ? null : time.toLocalDate();
    }

    static String id(TaskId taskId) {
        return Long.toString(taskId.value());
    }

    private static double budget(BaselineTask t, EarnedValueUnit unit) {
        return switch (unit) {
            case CURRENCY -> t.cost() == null ? 0 : t.cost().doubleValue();
            case WORK_HOURS -> t.workMinutes() / 60.0;
            case DURATION_HOURS -> t.durationMinutes() / 60.0;
        };
    }
}
