package org.sextant.baseline;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.sextant.schedule.TaskId;

/**
 * One task as saved in a baseline.
 *
 * @param taskId          the task
 * @param start           baseline start
 * @param finish          baseline finish
 * @param durationMinutes baseline duration in working minutes
 * @param workMinutes     baseline work in minutes
 * @param cost            baseline cost in the project's currency
 * @param milestone       whether the task was a milestone
 * @param summary         whether the task was a summary (its values roll up its children)
 */
public record BaselineTask(TaskId taskId, LocalDateTime start, LocalDateTime finish, long durationMinutes,
        long workMinutes, BigDecimal cost, boolean milestone, boolean summary) {
}
