package org.sextant.baseline;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.sextant.schedule.TaskId;

/**
 * The current plan of a project set against one of its baselines, task by task in WBS order, with a
 * project total. Summary tasks roll up their children on each side (earliest start, latest finish,
 * summed work and cost, duration as the working time between); tasks added since the baseline have no
 * baseline values and tasks removed since have no current values, and neither has a variance.
 *
 * @param baseline the baseline compared against
 * @param rows     one per task, in WBS order (removed tasks where they were)
 * @param total    the whole project: its first start, last finish, total work and cost
 */
public record BaselineComparison(Baseline baseline, List<Row> rows, Row total) {

    /** Working minutes in a working day, for variances in days (MS Project's default of 8 hours). */
    public static final int MINUTES_PER_DAY = 480;

    /** Whether a task is in the current plan, the baseline, or both. */
    public enum Presence { BOTH, ADDED, REMOVED }

    /**
     * One side of a row: current or baseline.
     *
     * @param start           start
     * @param finish          finish
     * @param durationMinutes working minutes of duration
     * @param workMinutes     work over all assignments, in minutes
     * @param cost            planned cost
     */
    public record Values(LocalDateTime start, LocalDateTime finish, long durationMinutes, long workMinutes,
            BigDecimal cost) {
    }

    /**
     * Current minus baseline: positive is later, longer, more work, more cost.
     *
     * @param startDays       start variance in working days (null when either side has no start)
     * @param finishDays      finish variance in working days (null when either side has no finish)
     * @param durationMinutes duration variance in working minutes
     * @param workMinutes     work variance in minutes
     * @param cost            cost variance
     */
    public record Variance(BigDecimal startDays, BigDecimal finishDays, long durationMinutes, long workMinutes,
            BigDecimal cost) {
    }

    /**
     * One task, or the project total (taskId null).
     *
     * @param taskId    the task
     * @param parentId  its summary task, if any
     * @param wbsCode   outline code
     * @param name      name (as in the baseline for removed tasks)
     * @param depth     0 for top-level tasks
     * @param summary   whether its values roll up children
     * @param milestone whether it is a milestone
     * @param presence  current, baseline or both
     * @param current   current values (null for a removed task)
     * @param baseline  baseline values (null for an added task)
     * @param variance  current minus baseline (null unless both sides exist)
     */
    public record Row(TaskId taskId, TaskId parentId, String wbsCode, String name, int depth, boolean summary,
            boolean milestone, Presence presence, Values current, Values baseline, Variance variance) {
    }
}
