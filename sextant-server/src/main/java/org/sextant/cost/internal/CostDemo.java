package org.sextant.cost.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sextant.cost.BudgetLine;
import org.sextant.cost.BudgetLines;
import org.sextant.cost.CostCategory;
import org.sextant.cost.Expense;
import org.sextant.cost.Expenses;
import org.sextant.cost.ResourceRate;
import org.sextant.cost.ResourceRates;
import org.sextant.cost.SpendType;
import org.sextant.demo.DemoOrganisationCreated;
import org.sextant.platform.PageRequest;
import org.sextant.project.Project;
import org.sextant.project.Projects;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo costs, made through the cost API, without drawing from the demo's random generator (so the other
 * features' demo data stays as it was):
 * <ul>
 *   <li>a 5 % raise from 1 July 2026 for every third person, so rates change over time;</li>
 *   <li>each project's budget split into quarterly labour lines (80 %, opex), a materials line (12 %,
 *       capex) and a services line (8 %, opex);</li>
 *   <li>each started project's spend so far (the figure its actual cost was typed with) booked as expenses:
 *       labour before Sextant timesheets per quarter, one materials and one services invoice. Approved demo
 *       timesheets add to it later.</li>
 * </ul>
 * Runs before the baselines and timesheets (which have no order), after the core organisation.
 */
@Component
class CostDemo {

    private static final LocalDate RAISE = LocalDate.of(2026, 7, 1);
    private static final BigDecimal LABOUR = new BigDecimal("0.80");
    private static final BigDecimal MATERIALS = new BigDecimal("0.12");

    private final Resources resources;
    private final ResourceRates rates;
    private final Projects projects;
    private final BudgetLines budgetLines;
    private final Expenses expenses;

    CostDemo(Resources resources, ResourceRates rates, Projects projects, BudgetLines budgetLines, Expenses expenses) {
        this.resources = resources;
        this.rates = rates;
        this.projects = projects;
        this.budgetLines = budgetLines;
        this.expenses = expenses;
    }

    @EventListener
    @Order(90)
    void on(DemoOrganisationCreated event) {
        List<Resource> people = resources.list(new Resources.Filter(null, ResourceKind.PERSON, null, null, true),
                PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        for (int i = 0; i < people.size(); i += 3) {
            Resource r = people.get(i);
            if (r.costRate() != null && r.costRate().signum() > 0) {
                rates.create(r.id(), new ResourceRate.Draft(RAISE,
                        r.costRate().multiply(new BigDecimal("1.05")).setScale(2, RoundingMode.HALF_UP)));
            }
        }
        for (Project p : projects.visible()) {
            if (p.budget() != null && p.budget().signum() > 0) {
                budget(p);
            }
            if (p.actualCost() != null && p.actualCost().signum() > 0 && p.statusDate() != null) {
                spent(p);
            }
        }
    }

    private void budget(Project p) {
        List<YearMonth> quarters = quarters(YearMonth.from(p.plannedStart()), YearMonth.from(p.plannedFinish()));
        BigDecimal labour = p.budget().multiply(LABOUR);
        BigDecimal perQuarter = labour.divide(BigDecimal.valueOf(quarters.size()), 2, RoundingMode.DOWN);
        for (int i = 0; i < quarters.size(); i++) {
            BigDecimal amount = i == quarters.size() - 1
                    ? labour.subtract(perQuarter.multiply(BigDecimal.valueOf(quarters.size() - 1))) : perQuarter;
            budgetLines.create(p.id(), new BudgetLine.Draft(CostCategory.LABOUR, SpendType.OPEX, quarters.get(i),
                    amount.setScale(2, RoundingMode.HALF_UP), "Team, quarter " + (i + 1)));
        }
        BigDecimal materials = p.budget().multiply(MATERIALS).setScale(2, RoundingMode.HALF_UP);
        budgetLines.create(p.id(), new BudgetLine.Draft(CostCategory.MATERIALS, SpendType.CAPEX, quarters.get(0),
                materials, "Hardware and licences"));
        BigDecimal services = p.budget().subtract(labour.setScale(2, RoundingMode.HALF_UP)).subtract(materials);
        budgetLines.create(p.id(), new BudgetLine.Draft(CostCategory.SERVICES, SpendType.OPEX,
                quarters.get(quarters.size() / 2), services.max(BigDecimal.ZERO), "Consultants and training"));
    }

    private void spent(Project p) {
        LocalDate from = p.plannedStart();
        LocalDate to = p.statusDate().isBefore(from) ? from : p.statusDate();
        BigDecimal total = p.actualCost();
        BigDecimal labour = total.multiply(LABOUR).setScale(2, RoundingMode.HALF_UP);
        BigDecimal materials = total.multiply(MATERIALS).setScale(2, RoundingMode.HALF_UP);
        BigDecimal services = total.subtract(labour).subtract(materials);
        List<YearMonth> quarters = quarters(YearMonth.from(from), YearMonth.from(to));
        BigDecimal perQuarter = labour.divide(BigDecimal.valueOf(quarters.size()), 2, RoundingMode.DOWN);
        for (int i = 0; i < quarters.size(); i++) {
            BigDecimal amount = i == quarters.size() - 1
                    ? labour.subtract(perQuarter.multiply(BigDecimal.valueOf(quarters.size() - 1))) : perQuarter;
            LocalDate day = quarters.get(i).atEndOfMonth();
            expense(p, day.isAfter(to) ? to : day.isBefore(from) ? from : day, CostCategory.LABOUR, SpendType.OPEX,
                    amount, "Team time before Sextant timesheets (payroll allocation)");
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(from, to));
        expense(p, from.plusDays(days / 3), CostCategory.MATERIALS, SpendType.CAPEX, materials,
                "Invoice: hardware and licences");
        expense(p, to, CostCategory.SERVICES, SpendType.OPEX, services, "Invoice: consultants");
    }

    private void expense(Project p, LocalDate day, CostCategory category, SpendType type, BigDecimal amount,
            String description) {
        if (amount.signum() > 0) {
            expenses.create(p.id(), new Expense.Draft(null, day, category, type, amount, description));
        }
    }

    /** The first month of each quarter of the project from {@code start} to {@code finish}, at least one. */
    private static List<YearMonth> quarters(YearMonth start, YearMonth finish) {
        List<YearMonth> quarters = new java.util.ArrayList<>();
        for (YearMonth m = start; !m.isAfter(finish); m = m.plusMonths(3)) {
            quarters.add(m);
        }
        return quarters.isEmpty() ? List.of(start) : quarters;
    }
}
