package org.sextant.resource;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/**
 * A task the signed-in user works on, through the resource linked to them: what a team member reports
 * progress on.
 *
 * @param assignmentId    the assignment
 * @param taskId          the task
 * @param projectId       its project
 * @param taskName        its name
 * @param plannedStart    planned start
 * @param plannedFinish   planned finish
 * @param percentComplete progress so far
 * @param units           share of the user's time
 * @param workMinutes     work planned for the user
 */
public record MyTask(AssignmentId assignmentId, TaskId taskId, ProjectId projectId, String taskName,
        LocalDateTime plannedStart, LocalDateTime plannedFinish, int percentComplete, BigDecimal units,
        long workMinutes) {
}
