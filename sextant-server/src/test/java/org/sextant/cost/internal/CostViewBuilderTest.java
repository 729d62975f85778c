package org.sextant.cost.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sextant.cost.BudgetLine;
import org.sextant.cost.CostCategory;
import org.sextant.cost.CostOverview;
import org.sextant.cost.EacMethod;
import org.sextant.cost.PerformanceIndices;
import org.sextant.cost.SpendType;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/**
 * The cost view's sums and forecasts. Budget: labour 10,000 (January), materials 2,000 (February, capex).
 * Plan: task T 8,000 of labour in January. Actual: 3,000 of labour, 500 of materials. T is 25 % done;
 * earned value measures CPI 0.8, SPI 0.5 and a quarter of the budget earned.
 */
class CostViewBuilderTest {

    private static final ProjectId PROJECT = ProjectId.of(1);
    private static final TaskId T = TaskId.of(7);
    private static final List<BudgetLine> BUDGET = List.of(
            new BudgetLine(1, 0, PROJECT, CostCategory.LABOUR, SpendType.OPEX, YearMonth.of(2027, 1), new BigDecimal("10000"), null),
            new BudgetLine(2, 0, PROJECT, CostCategory.MATERIALS, SpendType.CAPEX, YearMonth.of(2027, 2), new BigDecimal("2000"), null));
    private static final List<Costing.Booked> PLANNED = List.of(booked(CostCategory.LABOUR, SpendType.OPEX, "2027-01-15", "8000"));
    private static final List<Costing.Booked> ACTUAL = List.of(booked(CostCategory.LABOUR, SpendType.OPEX, "2027-01-20", "3000"),
            booked(CostCategory.MATERIALS, SpendType.CAPEX, "2027-02-03", "500"));
    private static final Optional<PerformanceIndices.Indices> MEASURED = Optional.of(new PerformanceIndices.Indices(0.8, 0.5, 0.25));

    private static Costing.Booked booked(CostCategory category, SpendType type, String day, String amount) {
        return new Costing.Booked(T, LocalDate.parse(day), category, type, new BigDecimal(amount));
    }

    private static CostOverview view(EacMethod method, Optional<PerformanceIndices.Indices> indices) {
        return CostViewBuilder.build(PROJECT, "EUR", method, BUDGET, PLANNED, Map.of(T, 0.75), ACTUAL, indices);
    }

    private static CostOverview.CategoryRow row(CostOverview view, CostCategory category) {
        return view.byCategory().stream().filter(r -> r.category() == category).findFirst().orElseThrow();
    }

    @Test
    void labourIsPlannedByAssignmentsAndEveryOtherCategoryByItsBudget() {
        CostOverview view = view(EacMethod.BOTTOM_UP, Optional.empty());
        assertThat(view.budget()).isEqualByComparingTo("12000");
        assertThat(view.planned()).isEqualByComparingTo("10000");
        assertThat(view.actual()).isEqualByComparingTo("3500");
        assertThat(row(view, CostCategory.LABOUR).planned()).isEqualByComparingTo("8000");
        assertThat(row(view, CostCategory.MATERIALS).planned()).isEqualByComparingTo("2000");
        assertThat(view.bySpendType()).extracting(CostOverview.SpendTypeRow::actual)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("500"), new BigDecimal("3000"));
        assertThat(view.byMonth()).extracting(CostOverview.MonthRow::period).containsExactly(YearMonth.of(2027, 1),
                YearMonth.of(2027, 2));
    }

    @Test
    void bottomUpForecastIsActualPlusLabourNotYetDonePlusTheRestOfOtherBudgets() {
        CostOverview view = view(EacMethod.BOTTOM_UP, Optional.empty());
        // labour 3,000 + 75 % × 8,000; materials 500 + (2,000 − 500)
        assertThat(row(view, CostCategory.LABOUR).forecast()).isEqualByComparingTo("9000");
        assertThat(row(view, CostCategory.MATERIALS).forecast()).isEqualByComparingTo("2000");
        assertThat(view.forecast()).isEqualByComparingTo("11000");
    }

    @Test
    void cpiForecastSpendsTheRemainingBudgetAtTheCostEfficiencySoFar() {
        CostOverview view = view(EacMethod.CPI, MEASURED);
        // labour 3,000 + (10,000 − 2,500) / 0.8; materials 500 + (2,000 − 500) / 0.8
        assertThat(row(view, CostCategory.LABOUR).forecast()).isEqualByComparingTo("12375");
        assertThat(row(view, CostCategory.MATERIALS).forecast()).isEqualByComparingTo("2375");
        assertThat(view.forecast()).isEqualByComparingTo("14750");
        assertThat(view.cpi()).isEqualTo(0.8);
    }

    @Test
    void cpiTimesSpiForecastAlsoSlowsTheRestByTheSchedulePerformance() {
        CostOverview view = view(EacMethod.CPI_SPI, MEASURED);
        // 3,500 + (12,000 − 3,000) / 0.4
        assertThat(view.forecast()).isEqualByComparingTo("26000");
    }

    @Test
    void withoutEarnedValueTheIndexForecastsAreUnknownAndSayWhy() {
        CostOverview view = view(EacMethod.CPI, Optional.empty());
        assertThat(view.forecast()).isNull();
        assertThat(view.forecastNote()).contains("earned value");
        assertThat(row(view, CostCategory.LABOUR).forecast()).isNull();
    }

    @Test
    void withoutBudgetLinesThePlanIsTheBudgetAtCompletion() {
        CostOverview view = CostViewBuilder.build(PROJECT, "EUR", EacMethod.CPI, List.of(), PLANNED, Map.of(T, 0.75),
                List.of(ACTUAL.get(0)), Optional.of(new PerformanceIndices.Indices(0.8, 1.0, 0.25)));
        // 3,000 + (8,000 − 2,000) / 0.8
        assertThat(view.forecast()).isEqualByComparingTo("10500");
        assertThat(view.budget()).isZero();
    }
}
