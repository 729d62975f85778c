package org.sextant.schedule;

import java.time.LocalDateTime;
import java.util.List;
import org.sextant.project.ProjectId;

/**
 * A project's schedule as computed by the critical path method.
 *
 * @param projectId the project
 * @param start     when the project starts
 * @param finish    the latest early finish of its tasks
 * @param tasks     per task, in WBS order
 */
public record ProjectSchedule(ProjectId projectId, LocalDateTime start, LocalDateTime finish,
        List<TaskSchedule> tasks) {

    /**
     * The computed dates of one task. Floats are working minutes.
     *
     * @param taskId            the task
     * @param name              its name
     * @param start             planned start (stored on the task)
     * @param finish            planned finish (stored on the task)
     * @param earlyStart        early start
     * @param earlyFinish       early finish
     * @param lateStart         late start
     * @param lateFinish        late finish
     * @param totalFloatMinutes total float
     * @param freeFloatMinutes  free float
     * @param critical          on the critical path
     */
    public record TaskSchedule(TaskId taskId, String name, LocalDateTime start, LocalDateTime finish,
            LocalDateTime earlyStart, LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish,
            long totalFloatMinutes, long freeFloatMinutes, boolean critical) {
    }
}
