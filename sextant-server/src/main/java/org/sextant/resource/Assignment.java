package org.sextant.resource;

import java.math.BigDecimal;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/**
 * A resource working on a task.
 *
 * @param id           identity
 * @param version      optimistic-lock version
 * @param taskId       the task
 * @param projectId    the task's project
 * @param resourceId   the resource
 * @param resourceName the resource's name (filled in on reading)
 * @param units        share of the resource's time, 1.0 = full time
 * @param workMinutes  effort planned for this resource on the task
 * @param actualWorkMinutes effort spent so far (approved timesheet hours, or as imported)
 */
public record Assignment(AssignmentId id, long version, TaskId taskId, ProjectId projectId, ResourceId resourceId,
        String resourceName, BigDecimal units, long workMinutes, long actualWorkMinutes) {

    /** The fields a client sets. */
    public record Draft(ResourceId resourceId, BigDecimal units, long workMinutes) {
    }
}
