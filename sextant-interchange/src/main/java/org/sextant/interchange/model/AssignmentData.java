package org.sextant.interchange.model;

import java.math.BigDecimal;

/**
 * A resource assigned to a task.
 *
 * @param taskKey           the task
 * @param resourceKey       the resource
 * @param units             share of the resource's time, 1.0 = full time
 * @param workMinutes       planned work
 * @param actualWorkMinutes work done
 * @param cost              planned cost
 * @param actualCost        cost incurred
 */
public record AssignmentData(String taskKey, String resourceKey, BigDecimal units, long workMinutes,
        long actualWorkMinutes, BigDecimal cost, BigDecimal actualCost) {
}
