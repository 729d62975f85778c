package org.sextant.cost;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.sextant.project.ProjectId;

/**
 * Money a project may spend on one category, capex or opex, in one month.
 *
 * @param id          identity
 * @param version     optimistic-lock version
 * @param projectId   the project
 * @param category    what it is for
 * @param spendType   capex or opex
 * @param period      the month
 * @param amount      the amount in the project's currency, never negative
 * @param description free text, e.g. "Servers for the test environment"
 */
public record BudgetLine(long id, long version, ProjectId projectId, CostCategory category, SpendType spendType,
        YearMonth period, BigDecimal amount, String description) {

    /** The fields a client sets. */
    public record Draft(CostCategory category, SpendType spendType, YearMonth period, BigDecimal amount,
            String description) {
    }
}
