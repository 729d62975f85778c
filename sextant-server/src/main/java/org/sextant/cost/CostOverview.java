package org.sextant.cost;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.sextant.project.ProjectId;

/**
 * A project's budget, planned cost, actual cost and forecast at completion, in total, by category and by
 * month (ADR 0011). Planned labour comes from assignments priced at the rates in force on each day; the
 * other categories are planned by their budget lines. Actual cost is approved time priced at the rates in
 * force on the day worked, plus expenses, plus imported actual costs of assignments without approved time.
 *
 * @param projectId    the project
 * @param currency     ISO 4217 code of every amount
 * @param method       the forecast method chosen
 * @param budget       sum of the budget lines
 * @param planned      planned cost at completion
 * @param actual       actual cost recorded so far
 * @param forecast     estimate at completion by {@code method}, null when the method cannot tell yet
 * @param forecastNote why {@code forecast} is null, or how it was made
 * @param cpi          cost performance index from earned value, null when not measured
 * @param spi          schedule performance index from earned value, null when not measured
 * @param byCategory   one row per category (all four, in order)
 * @param bySpendType  capex and opex
 * @param byMonth      every month with a budget, plan or actual, in order
 */
public record CostOverview(ProjectId projectId, String currency, EacMethod method, BigDecimal budget,
        BigDecimal planned, BigDecimal actual, BigDecimal forecast, String forecastNote, Double cpi, Double spi,
        List<CategoryRow> byCategory, List<SpendTypeRow> bySpendType, List<MonthRow> byMonth) {

    public CostOverview {
        byCategory = List.copyOf(byCategory);
        bySpendType = List.copyOf(bySpendType);
        byMonth = List.copyOf(byMonth);
    }

    /** Budget, plan, actual and forecast of one category. */
    public record CategoryRow(CostCategory category, BigDecimal budget, BigDecimal planned, BigDecimal actual,
            BigDecimal forecast) {
    }

    /** Budget and actual of capex or opex (approved time counts as opex). */
    public record SpendTypeRow(SpendType spendType, BigDecimal budget, BigDecimal actual) {
    }

    /** Budget, plan and actual in one month. */
    public record MonthRow(YearMonth period, BigDecimal budget, BigDecimal planned, BigDecimal actual) {
    }
}
