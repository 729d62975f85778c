package org.sextant.cost.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sextant.cost.BudgetLine;
import org.sextant.cost.CostCategory;
import org.sextant.cost.CostOverview;
import org.sextant.cost.EacMethod;
import org.sextant.cost.PerformanceIndices;
import org.sextant.cost.SpendType;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/**
 * Builds the cost view from a project's budget lines, planned labour, actuals and earned value indices
 * (ADR 0011). Planned cost of labour is the assignments' priced work; of materials, services and other it
 * is their budget. The budget at completion (BAC) of a category is its budget, or its plan when the project
 * has no budget lines. Forecasts at completion, per category and summed:
 * <ul>
 *   <li>{@link EacMethod#CPI}: AC + (BAC − EV) / CPI, with EV = BAC × the earned share;</li>
 *   <li>{@link EacMethod#CPI_SPI}: AC + (BAC − EV) / (CPI × SPI);</li>
 *   <li>{@link EacMethod#BOTTOM_UP}: AC + remaining plan: each task's planned labour times its share not yet
 *       complete, and what is left of each other category's budget (never below nothing).</li>
 * </ul>
 */
final class CostViewBuilder {

    private CostViewBuilder() {
    }

    static CostOverview build(ProjectId project, String currency, EacMethod method, List<BudgetLine> budget,
            List<Costing.Booked> plannedLabour, Map<TaskId, Double> remainingShare, List<Costing.Booked> actual,
            Optional<PerformanceIndices.Indices> indices) {
        Map<CostCategory, BigDecimal> budgetBy = zeros(CostCategory.class);
        Map<SpendType, BigDecimal> budgetBySpend = zeros(SpendType.class);
        Map<YearMonth, BigDecimal[]> months = new TreeMap<>();
        for (BudgetLine b : budget) {
            budgetBy.merge(b.category(), b.amount(), BigDecimal::add);
            budgetBySpend.merge(b.spendType(), b.amount(), BigDecimal::add);
            month(months, b.period())[0] = month(months, b.period())[0].add(b.amount());
        }
        Map<CostCategory, BigDecimal> plannedBy = zeros(CostCategory.class);
        BigDecimal remainingLabour = BigDecimal.ZERO;
        for (Costing.Booked p : plannedLabour) {
            plannedBy.merge(CostCategory.LABOUR, p.amount(), BigDecimal::add);
            YearMonth m = YearMonth.from(p.day());
            month(months, m)[1] = month(months, m)[1].add(p.amount());
            double share = p.taskId() == null ? 1 : remainingShare.getOrDefault(p.taskId(), 1.0);
            remainingLabour = remainingLabour.add(p.amount().multiply(BigDecimal.valueOf(share)));
        }
        for (BudgetLine b : budget) {
            if (b.category() != CostCategory.LABOUR) {
                plannedBy.merge(b.category(), b.amount(), BigDecimal::add);
                month(months, b.period())[1] = month(months, b.period())[1].add(b.amount());
            }
        }
        Map<CostCategory, BigDecimal> actualBy = zeros(CostCategory.class);
        Map<SpendType, BigDecimal> actualBySpend = zeros(SpendType.class);
        for (Costing.Booked a : actual) {
            actualBy.merge(a.category(), a.amount(), BigDecimal::add);
            actualBySpend.merge(a.spendType(), a.amount(), BigDecimal::add);
            YearMonth m = YearMonth.from(a.day());
            month(months, m)[2] = month(months, m)[2].add(a.amount());
        }
        boolean budgeted = budgetBy.values().stream().anyMatch(v -> v.signum() > 0);
        Forecast forecast = forecast(method, indices);
        List<CostOverview.CategoryRow> categories = new ArrayList<>();
        BigDecimal forecastTotal = BigDecimal.ZERO;
        for (CostCategory c : CostCategory.values()) {
            BigDecimal bac = budgeted ? budgetBy.get(c) : plannedBy.get(c);
            BigDecimal ac = actualBy.get(c);
            BigDecimal eac = switch (method) {
                case BOTTOM_UP -> c == CostCategory.LABOUR ? ac.add(remainingLabour)
                        : ac.add(plannedBy.get(c).subtract(ac).max(BigDecimal.ZERO));
                case CPI, CPI_SPI -> forecast.divisor == null ? null
                        : ac.add(bac.multiply(BigDecimal.valueOf(1 - forecast.earnedShare))
                                .divide(BigDecimal.valueOf(forecast.divisor), Costing.SCALE, RoundingMode.HALF_UP));
            };
            forecastTotal = eac == null || forecastTotal == null ? null : forecastTotal.add(eac);
            categories.add(new CostOverview.CategoryRow(c, Costing.cents(budgetBy.get(c)), Costing.cents(plannedBy.get(c)),
                    Costing.cents(ac), eac == null ? null : Costing.cents(eac)));
        }
        List<CostOverview.SpendTypeRow> spendTypes = new ArrayList<>();
        for (SpendType s : SpendType.values()) {
            spendTypes.add(new CostOverview.SpendTypeRow(s, Costing.cents(budgetBySpend.get(s)),
                    Costing.cents(actualBySpend.get(s))));
        }
        List<CostOverview.MonthRow> monthRows = new ArrayList<>();
        months.forEach((m, v) -> monthRows.add(new CostOverview.MonthRow(m, Costing.cents(v[0]), Costing.cents(v[1]),
                Costing.cents(v[2]))));
        return new CostOverview(project, currency, method, sum(categories, CostOverview.CategoryRow::budget),
                sum(categories, CostOverview.CategoryRow::planned), sum(categories, CostOverview.CategoryRow::actual),
                forecastTotal == null ? null : Costing.cents(forecastTotal), forecast.note,
                indices.map(PerformanceIndices.Indices::cpi).orElse(null),
                indices.map(PerformanceIndices.Indices::spi).orElse(null), categories, spendTypes, monthRows);
    }

    /** What a CPI-based forecast divides the remaining budget by, or why it cannot. */
    private record Forecast(Double divisor, double earnedShare, String note) {
    }

    private static Forecast forecast(EacMethod method, Optional<PerformanceIndices.Indices> indices) {
        String needs = "needs earned value in money: baseline 0 of priced work, progress and actual cost";
        return switch (method) {
            case BOTTOM_UP -> new Forecast(null, 0, "Actual cost plus the labour not yet done and the rest of the other budgets");
            case CPI -> indices.filter(i -> i.cpi() != null && i.cpi() > 0)
                    .map(i -> new Forecast(i.cpi(), i.earnedShare(), "Remaining budget at the cost efficiency so far (CPI "
                            + round(i.cpi()) + ")"))
                    .orElse(new Forecast(null, 0, "A CPI forecast " + needs + "."));
            case CPI_SPI -> indices.filter(i -> i.cpi() != null && i.spi() != null && i.cpi() * i.spi() > 0)
                    .map(i -> new Forecast(i.cpi() * i.spi(), i.earnedShare(), "Remaining budget at CPI " + round(i.cpi())
                            + " × SPI " + round(i.spi())))
                    .orElse(new Forecast(null, 0, "A CPI × SPI forecast " + needs + " and planned value."));
        };
    }

    private static String round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal sum(List<CostOverview.CategoryRow> rows,
            java.util.function.Function<CostOverview.CategoryRow, BigDecimal> value) {
        return rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal[] month(Map<YearMonth, BigDecimal[]> months, YearMonth m) {
        return months.computeIfAbsent(m, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
    }

    private static <E extends Enum<E>> Map<E, BigDecimal> zeros(Class<E> type) {
        Map<E, BigDecimal> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, BigDecimal.ZERO);
        }
        return map;
    }
}
