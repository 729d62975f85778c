package org.sextant.timesheet;

import java.time.LocalDate;
import org.sextant.resource.ResourceId;
import org.sextant.schedule.TaskId;

/**
 * Time a resource worked on a task on one day, from an approved (locked) timesheet.
 *
 * @param taskId     the task worked on
 * @param resourceId the resource (the timesheet owner's resource)
 * @param day        the day worked
 * @param minutes    the minutes worked, positive
 */
public record ApprovedWork(TaskId taskId, ResourceId resourceId, LocalDate day, long minutes) {
}
