package org.sextant.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/**
 * Money spent on a project outside timesheets (an invoice, a purchase, travel): part of its actual cost
 * on the day incurred.
 *
 * @param id          identity
 * @param version     optimistic-lock version
 * @param projectId   the project
 * @param taskId      the task it was spent on, or null for the project as a whole
 * @param incurredOn  the day it was incurred
 * @param category    what it was spent on
 * @param spendType   capex or opex
 * @param amount      the amount in the project's currency, positive
 * @param description free text, e.g. "Invoice 2027-114 from Acme"
 */
public record Expense(long id, long version, ProjectId projectId, TaskId taskId, LocalDate incurredOn,
        CostCategory category, SpendType spendType, BigDecimal amount, String description) {

    /** The fields a client sets. */
    public record Draft(TaskId taskId, LocalDate incurredOn, CostCategory category, SpendType spendType,
            BigDecimal amount, String description) {
    }
}
