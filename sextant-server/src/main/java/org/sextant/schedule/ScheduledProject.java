package org.sextant.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.sextant.project.ProjectId;

/**
 * A project's stored schedule: the state of the last run and, per task in WBS order, the dates and
 * floats the critical path method computed. Floats are working minutes. While {@link State#stale()}
 * is true the dates are those of the last successful run and do not yet reflect the latest changes.
 *
 * @param projectId the project
 * @param state     when it was scheduled, whether that is still current, and what prevents a schedule
 * @param tasks     per task, in WBS order
 * @param links     the dependencies between tasks of this project
 */
public record ScheduledProject(ProjectId projectId, State state, List<ScheduledTask> tasks, List<ScheduledLink> links) {

    /**
     * The project's schedule state.
     *
     * @param scheduled     whether the project was ever scheduled
     * @param stale         tasks, links or calendars changed since the dates below were computed
     * @param staleSince    when it became stale
     * @param scheduledAt   when it was last scheduled successfully
     * @param start         the earliest start of its tasks
     * @param finish        the project's finish (latest early finish)
     * @param criticalTasks how many tasks are critical
     * @param problem       a loop that prevents scheduling, or constraints that cannot be met; null if none
     */
    public record State(boolean scheduled, boolean stale, Instant staleSince, Instant scheduledAt,
            LocalDateTime start, LocalDateTime finish, int criticalTasks, Problem problem) {
    }

    /** What stops the schedule from being computed (CYCLE, INVALID) or from being met (CONFLICT). */
    public enum ProblemKind { CYCLE, CONFLICT, INVALID }

    /**
     * A problem with the evidence.
     *
     * @param kind    what kind
     * @param message what is wrong
     * @param advice  what to change
     * @param tasks   the tasks involved (for a cycle in link order)
     */
    public record Problem(ProblemKind kind, String message, String advice, List<ProblemTask> tasks) {
    }

    /** A task involved in a problem, with what is wrong about it. */
    public record ProblemTask(TaskId taskId, String name, String detail) {
    }

    /**
     * One task's schedule; the computed fields are null when the task was never scheduled.
     *
     * @param start                 planned start (as scheduled; actual start once started)
     * @param finish                planned finish
     * @param totalFloatMinutes     total float; negative when a constraint or deadline cannot be met
     * @param drivingPredecessorIds the predecessors that determine its early dates
     */
    public record ScheduledTask(TaskId taskId, TaskId parentId, String wbsCode, String name, TaskKind kind, int depth,
            int percentComplete, LocalDateTime start, LocalDateTime finish, LocalDateTime earlyStart,
            LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish, Long totalFloatMinutes,
            Long freeFloatMinutes, boolean critical, List<TaskId> drivingPredecessorIds) {
    }

    /** A dependency inside the project; {@code driving} when it determines its successor's dates. */
    public record ScheduledLink(DependencyId id, TaskId predecessorId, TaskId successorId, DependencyType type,
            long lagMinutes, boolean driving) {
    }
}
