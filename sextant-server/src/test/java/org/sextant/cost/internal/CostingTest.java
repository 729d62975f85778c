package org.sextant.cost.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.cost.CostCategory;
import org.sextant.cost.Expense;
import org.sextant.cost.ResourceRate;
import org.sextant.cost.SpendType;
import org.sextant.project.ProjectId;
import org.sextant.resource.ResourceId;
import org.sextant.schedule.TaskId;
import org.sextant.timesheet.ApprovedWork;

/** The costing rules of ADR 0011, on plain values. */
class CostingTest {

    private static final ResourceId ANNA = ResourceId.of(1);
    private static final ResourceId BEN = ResourceId.of(2);
    private static final TaskId BUILD = TaskId.of(10);
    private static final TaskId TEST = TaskId.of(11);
    /** Anna: 80 since always, 100 from Monday 11 January 2027. Ben: no history, own rate 50. */
    private static final RateCard RATES = new RateCard(List.of(
            new ResourceRate(1, 0, ANNA, null, new BigDecimal("80.00")),
            new ResourceRate(2, 0, ANNA, LocalDate.of(2027, 1, 11), new BigDecimal("100.00"))),
            Map.of(BEN, new BigDecimal("50.00"), ANNA, new BigDecimal("999.00")));

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    @Test
    void theRateInForceIsTheLatestDatedRateOnOrBeforeTheDay() {
        assertThat(RATES.rateOn(ANNA, LocalDate.of(2027, 1, 10))).isEqualByComparingTo("80");
        assertThat(RATES.rateOn(ANNA, LocalDate.of(2027, 1, 11))).isEqualByComparingTo("100");
        assertThat(RATES.rateOn(ANNA, LocalDate.of(2031, 6, 1))).isEqualByComparingTo("100");
    }

    @Test
    void aResourceWithoutRateHistoryIsPricedAtItsOwnRateAndAnUnknownOneAtZero() {
        assertThat(RATES.rateOn(BEN, LocalDate.of(2027, 1, 4))).isEqualByComparingTo("50");
        assertThat(RATES.rateOn(ResourceId.of(99), LocalDate.of(2027, 1, 4))).isZero();
    }

    @Test
    void beforeItsFirstDatedRateAResourceWithoutASinceAlwaysRateCostsItsOwnRate() {
        RateCard card = new RateCard(List.of(new ResourceRate(3, 0, BEN, LocalDate.of(2027, 2, 1), new BigDecimal("60"))),
                Map.of(BEN, new BigDecimal("50")));
        assertThat(card.rateOn(BEN, LocalDate.of(2027, 1, 31))).isEqualByComparingTo("50");
        assertThat(card.rateOn(BEN, LocalDate.of(2027, 2, 1))).isEqualByComparingTo("60");
    }

    @Test
    void approvedHoursArePricedAtTheRateInForceOnTheDayWorked() {
        List<Costing.Booked> priced = Costing.pricedTime(List.of(
                new ApprovedWork(BUILD, ANNA, LocalDate.of(2027, 1, 8), 480),
                new ApprovedWork(BUILD, ANNA, LocalDate.of(2027, 1, 11), 480),
                new ApprovedWork(TEST, BEN, LocalDate.of(2027, 1, 11), 90)), RATES);
        assertThat(priced).extracting(b -> Costing.cents(b.amount()))
                .containsExactly(money("640"), money("800"), money("75"));
        assertThat(priced).allMatch(b -> b.category() == CostCategory.LABOUR && b.spendType() == SpendType.OPEX);
        assertThat(Costing.total(priced)).isEqualTo(money("1515"));
    }

    @Test
    void plannedWorkIsSpreadOverTheWorkingDaysAndPricedAtEachDaysRate() {
        // Thursday 7 to Wednesday 13 January: 5 working days, 8 h each; 2 days at 80, 3 at 100 = 1,280 + 2,400
        List<Costing.Booked> planned = Costing.plannedLabour(List.of(new Costing.PlannedAssignment(BUILD, ANNA,
                LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 13), 2400, null)), RATES, LocalDate.of(2027, 1, 4));
        assertThat(planned).hasSize(5).extracting(Costing.Booked::day).doesNotContain(LocalDate.of(2027, 1, 9),
                LocalDate.of(2027, 1, 10));
        assertThat(Costing.byTask(planned)).containsEntry(BUILD, money("3680"));
    }

    @Test
    void anImportedPlannedCostReplacesPricedWorkAndIsSpreadTheSameWay() {
        List<Costing.Booked> planned = Costing.plannedLabour(List.of(new Costing.PlannedAssignment(BUILD, ANNA,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), 2400, new BigDecimal("1234.50"))), RATES,
                LocalDate.of(2027, 1, 4));
        assertThat(planned).hasSize(5);
        assertThat(Costing.byTask(planned)).containsEntry(BUILD, money("1234.50"));
    }

    @Test
    void unscheduledWorkIsPricedOnTheUndatedDay() {
        List<Costing.Booked> planned = Costing.plannedLabour(List.of(new Costing.PlannedAssignment(TEST, ANNA, null,
                null, 600, null)), RATES, LocalDate.of(2027, 2, 1));
        assertThat(planned).singleElement().satisfies(b -> {
            assertThat(b.day()).isEqualTo(LocalDate.of(2027, 2, 1));
            assertThat(Costing.cents(b.amount())).isEqualTo(money("1000"));
        });
    }

    @Test
    void anExpenseCountsInFullOnTheDayIncurredWithItsCategory() {
        List<Costing.Booked> spent = Costing.expenses(List.of(new Expense(1, 0, ProjectId.of(1), null,
                LocalDate.of(2027, 1, 20), CostCategory.MATERIALS, SpendType.CAPEX, new BigDecimal("2500.00"), "Servers")));
        assertThat(spent).singleElement().satisfies(b -> {
            assertThat(b.taskId()).isNull();
            assertThat(b.category()).isEqualTo(CostCategory.MATERIALS);
            assertThat(b.spendType()).isEqualTo(SpendType.CAPEX);
            assertThat(Costing.cents(b.amount())).isEqualTo(money("2500"));
        });
    }

    @Test
    void anImportedActualCostCountsOnlyForAnAssignmentWithoutApprovedTime() {
        List<Costing.ImportedActual> imported = List.of(
                new Costing.ImportedActual(BUILD, ANNA, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), new BigDecimal("500")),
                new Costing.ImportedActual(TEST, BEN, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), new BigDecimal("300")));
        List<ApprovedWork> approved = List.of(new ApprovedWork(BUILD, ANNA, LocalDate.of(2027, 1, 5), 60));
        List<Costing.Booked> counted = Costing.importedActuals(imported, approved);
        assertThat(counted).extracting(Costing.Booked::taskId).containsOnly(TEST);
        assertThat(Costing.total(counted)).isEqualTo(money("300"));
    }

    @Test
    void aSpanWithoutWorkingDaysUsesEveryDayOfIt() {
        assertThat(Costing.workingDays(LocalDate.of(2027, 1, 9), LocalDate.of(2027, 1, 10))).hasSize(2);
        assertThat(Costing.workingDays(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 11))).hasSize(2);
    }
}
