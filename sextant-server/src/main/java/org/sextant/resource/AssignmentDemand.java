package org.sextant.resource;

import java.time.LocalDate;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/**
 * The demand an assignment puts on its resource: its work over the task's planned dates, for capacity
 * planning.
 *
 * @param assignmentId the assignment
 * @param resourceId  the resource
 * @param projectId   the task's project
 * @param taskId      the task
 * @param taskName    the task's name
 * @param start       the task's planned start day
 * @param finish      the task's planned finish day
 * @param workMinutes the assignment's work
 */
public record AssignmentDemand(AssignmentId assignmentId, ResourceId resourceId, ProjectId projectId, TaskId taskId, String taskName,
        LocalDate start, LocalDate finish, long workMinutes) {
}
