package org.sextant.leveling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A leveled plan as a comparison with the current one. Over-allocations are counted in resource-days:
 * a resource on a working day on which the tasks being leveled ask more of it than it has.
 *
 * @param projects              per project: finish before and after
 * @param tasks                 each task leveling delays, with its dates before and after and why
 * @param resources             per resource with over-allocations before or after: resource-days
 * @param overallocationsBefore resource-days over-allocated in the current plan
 * @param overallocationsAfter  resource-days over-allocated in the proposal (only WITHIN_FLOAT leaves some)
 * @param schedulesGenerated    search effort spent
 */
public record Proposal(List<ProjectChange> projects, List<TaskChange> tasks, List<ResourceLoad> resources,
        int overallocationsBefore, int overallocationsAfter, int schedulesGenerated) {

    public Proposal {
        projects = List.copyOf(projects);
        tasks = List.copyOf(tasks);
        resources = List.copyOf(resources);
    }

    /** One project's finish now and with the proposal; {@code finishChangeDays} in calendar days. */
    public record ProjectChange(long projectId, String name, LocalDateTime finishBefore, LocalDateTime finishAfter,
            long finishChangeDays) {
    }

    /**
     * A delayed task.
     *
     * @param levelingStart the earliest start acceptance stores on the task
     * @param delayDays     working days after its unleveled early start
     * @param reason        why, in words
     * @param resourceId    the resource that blocked it (null when a delayed predecessor holds it back)
     * @param resourceName  its name
     * @param blockedOn     the day the resource was fully booked
     * @param predecessorId the delayed predecessor holding it back, if that is the reason
     */
    public record TaskChange(long taskId, long projectId, String wbsCode, String name, LocalDateTime startBefore,
            LocalDateTime finishBefore, LocalDateTime startAfter, LocalDateTime finishAfter, LocalDateTime levelingStart,
            int delayDays, String reason, Long resourceId, String resourceName, LocalDate blockedOn,
            Long predecessorId) {
    }

    /** Over-allocated days of one resource now and with the proposal. */
    public record ResourceLoad(long resourceId, String name, int daysBefore, int daysAfter) {
    }
}
