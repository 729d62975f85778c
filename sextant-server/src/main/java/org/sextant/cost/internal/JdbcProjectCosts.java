package org.sextant.cost.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sextant.cost.DatedCost;
import org.sextant.cost.ProjectCosts;
import org.sextant.project.DerivedActualCost;
import org.sextant.project.ProjectId;
import org.sextant.resource.AssignmentImport;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.Resources;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.Tasks;
import org.sextant.timesheet.ApprovedTime;
import org.sextant.timesheet.ApprovedWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's planned and actual costs by the rules of {@link Costing}, read through the schedule,
 * resource and timesheet features' APIs and this feature's own rates and expenses. It is also the project
 * feature's {@link DerivedActualCost}: a project that records actuals (approved time, expenses, imported
 * actual costs) has the sum of them as its actual cost.
 */
@Service
@Transactional(readOnly = true)
class JdbcProjectCosts implements ProjectCosts, DerivedActualCost {

    /** "Up to now" for sums of everything recorded; a date PostgreSQL and Java both hold. */
    static final LocalDate ALL_RECORDED = LocalDate.of(9999, 12, 31);

    private final Tasks tasks;
    private final AssignmentImport assignments;
    private final ApprovedTime approvedTime;
    private final Resources resources;
    private final JdbcResourceRates rates;
    private final JdbcExpenses expenses;

    JdbcProjectCosts(Tasks tasks, AssignmentImport assignments, ApprovedTime approvedTime, Resources resources,
            JdbcResourceRates rates, JdbcExpenses expenses) {
        this.tasks = tasks;
        this.assignments = assignments;
        this.approvedTime = approvedTime;
        this.resources = resources;
        this.rates = rates;
        this.expenses = expenses;
    }

    /** What costing a project needs, read once. */
    record Ledger(List<Task> tasks, List<Costing.Booked> planned, List<Costing.Booked> actual, boolean recordsActuals) {
    }

    @Override
    public Map<TaskId, BigDecimal> plannedCostByTask(ProjectId projectId) {
        return plannedCostByTask(List.of(projectId)).get(projectId);
    }

    @Override
    public Map<ProjectId, Map<TaskId, BigDecimal>> plannedCostByTask(Collection<ProjectId> projectIds) {
        Map<ProjectId, Map<TaskId, BigDecimal>> byProject = new LinkedHashMap<>();
        ledgers(projectIds, false).forEach((id, ledger) -> byProject.put(id, Costing.byTask(ledger.planned())));
        return byProject;
    }

    @Override
    public List<DatedCost> actualCosts(ProjectId projectId, LocalDate asOf) {
        return actualCosts(List.of(projectId), asOf).get(projectId);
    }

    @Override
    public Map<ProjectId, List<DatedCost>> actualCosts(Collection<ProjectId> projectIds, LocalDate asOf) {
        Map<ProjectId, List<DatedCost>> byProject = new LinkedHashMap<>();
        ledgers(projectIds, true).forEach((id, ledger) -> byProject.put(id, dated(ledger.actual(), asOf)));
        return byProject;
    }

    @Override
    public Map<ProjectId, PlannedAndActual> plannedAndActual(Collection<ProjectId> projectIds) {
        Map<ProjectId, PlannedAndActual> byProject = new LinkedHashMap<>();
        ledgers(projectIds, true).forEach((id, ledger) -> byProject.put(id,
                new PlannedAndActual(Costing.byTask(ledger.planned()), dated(ledger.actual(), ALL_RECORDED))));
        return byProject;
    }

    /** Actuals up to and including {@code asOf}, summed per task and day, rounded to cents, by date. */
    private static List<DatedCost> dated(List<Costing.Booked> actual, LocalDate asOf) {
        Map<List<Object>, BigDecimal> sums = new LinkedHashMap<>();
        for (Costing.Booked b : actual) {
            if (!b.day().isAfter(asOf)) {
                sums.merge(java.util.Arrays.asList(b.taskId(), b.day()), b.amount(), BigDecimal::add);
            }
        }
        List<DatedCost> costs = new ArrayList<>();
        sums.forEach((key, amount) -> costs.add(new DatedCost((TaskId) key.get(0), (LocalDate) key.get(1),
                Costing.cents(amount))));
        costs.removeIf(c -> c.amount().signum() == 0);
        costs.sort(Comparator.comparing(DatedCost::date));
        return costs;
    }

    @Override
    public Optional<BigDecimal> of(ProjectId project) {
        Ledger ledger = ledger(project);
        return ledger.recordsActuals() ? Optional.of(Costing.total(ledger.actual())) : Optional.empty();
    }

    /** The project's tasks, planned labour and every actual recorded. */
    Ledger ledger(ProjectId projectId) {
        return ledgers(List.of(projectId), true).get(projectId);
    }

    /**
     * The ledger of each project, read with a constant number of queries (tasks, assignments and, with
     * {@code withActuals}, approved time and expenses for all the projects at once, then one rate card for
     * every resource among them). Without actuals a ledger's actuals are empty and its planned labour the same.
     */
    Map<ProjectId, Ledger> ledgers(Collection<ProjectId> projectIds, boolean withActuals) {
        Map<ProjectId, List<Task>> tasksOf = tasks.all(projectIds);
        Map<ProjectId, List<AssignmentImport.Costed>> costedOf = assignments.allWithCosts(projectIds);
        Map<ProjectId, List<ApprovedWork>> approvedOf = withActuals
                ? approvedTime.approved(projectIds, ALL_RECORDED) : Map.of();
        Map<ProjectId, List<org.sextant.cost.Expense>> spentOf = withActuals ? expenses.rows(projectIds) : Map.of();
        Set<ResourceId> people = new LinkedHashSet<>();
        costedOf.values().forEach(list -> list.forEach(c -> people.add(c.assignment().resourceId())));
        approvedOf.values().forEach(list -> list.forEach(w -> people.add(w.resourceId())));
        RateCard card = rateCard(people);
        Map<ProjectId, Ledger> ledgers = new LinkedHashMap<>();
        for (ProjectId id : tasksOf.keySet()) {
            ledgers.put(id, ledger(tasksOf.get(id), costedOf.get(id), approvedOf.getOrDefault(id, List.of()),
                    spentOf.getOrDefault(id, List.of()), card));
        }
        return ledgers;
    }

    /** One project's ledger from its rows; {@code card} prices at least every resource among them. */
    private static Ledger ledger(List<Task> all, List<AssignmentImport.Costed> costed, List<ApprovedWork> approved,
            List<org.sextant.cost.Expense> spent, RateCard card) {
        Map<TaskId, Task> byId = new HashMap<>();
        all.forEach(t -> byId.put(t.id(), t));
        List<Costing.Booked> actual = new ArrayList<>(Costing.pricedTime(approved, card));
        actual.addAll(Costing.expenses(spent));
        LocalDate undated = undatedDay(all);
        List<Costing.ImportedActual> imported = new ArrayList<>();
        for (AssignmentImport.Costed c : costed) {
            if (c.actualCost() != null) {
                Task t = byId.get(c.assignment().taskId());
                LocalDate start = day(t == null ? null : t.actualStart(), t == null ? null : t.plannedStart(), undated);
                LocalDate finish = day(t == null ? null : t.actualFinish(), t == null ? null : t.plannedFinish(), start);
                imported.add(new Costing.ImportedActual(c.assignment().taskId(), c.assignment().resourceId(), start,
                        finish, c.actualCost()));
            }
        }
        actual.addAll(Costing.importedActuals(imported, approved));
        boolean records = !approved.isEmpty() || !spent.isEmpty() || !imported.isEmpty();
        return new Ledger(all, Costing.plannedLabour(plannedAssignments(costed, byId), card, undated), actual,
                records);
    }

    private static List<Costing.PlannedAssignment> plannedAssignments(List<AssignmentImport.Costed> costed,
            Map<TaskId, Task> byId) {
        List<Costing.PlannedAssignment> planned = new ArrayList<>();
        for (AssignmentImport.Costed c : costed) {
            Task t = byId.get(c.assignment().taskId());
            planned.add(new Costing.PlannedAssignment(c.assignment().taskId(), c.assignment().resourceId(),
                    t == null || t.plannedStart() == null ? null : t.plannedStart().toLocalDate(),
                    t == null || t.plannedFinish() == null ? null : t.plannedFinish().toLocalDate(),
                    c.assignment().workMinutes(), c.plannedCost()));
        }
        return planned;
    }

    /** Rate history of the resources, and the own cost rate of those that have none. */
    private RateCard rateCard(Set<ResourceId> people) {
        List<org.sextant.cost.ResourceRate> history = rates.of(people);
        Set<ResourceId> withHistory = new LinkedHashSet<>();
        history.forEach(r -> withHistory.add(r.resourceId()));
        Map<ResourceId, BigDecimal> standing = new HashMap<>();
        for (ResourceId r : people) {
            if (!withHistory.contains(r)) {
                resources.find(r).map(Resource::costRate).filter(rate -> rate != null && rate.signum() > 0)
                        .ifPresent(rate -> standing.put(r, rate));
            }
        }
        return new RateCard(history, standing);
    }

    /** Where unscheduled work is dated: the earliest planned start of the project's tasks, else today. */
    private static LocalDate undatedDay(List<Task> all) {
        return all.stream().filter(t -> t.plannedStart() != null).map(t -> t.plannedStart().toLocalDate())
                .min(Comparator.naturalOrder()).orElse(LocalDate.now());
    }

    private static LocalDate day(java.time.LocalDateTime actual, java.time.LocalDateTime planned, LocalDate fallback) {
        return actual != null ? actual.toLocalDate() : planned != null ? planned.toLocalDate() : fallback;
    }
}
