package org.sextant.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.schedule.TaskId;

/**
 * An actual cost incurred on one day.
 *
 * @param taskId the task it was booked to, or {@code null} for a project-level expense
 * @param date   the day it was incurred
 * @param amount the amount in the project's currency, never negative
 */
public record DatedCost(TaskId taskId, LocalDate date, BigDecimal amount) {
}
