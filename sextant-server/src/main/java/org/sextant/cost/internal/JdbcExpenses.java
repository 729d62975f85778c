package org.sextant.cost.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.audit.AuditLog;
import org.sextant.cost.CostCategory;
import org.sextant.cost.Expense;
import org.sextant.cost.Expenses;
import org.sextant.cost.SpendType;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.platform.Paging;
import org.sextant.platform.SqlFilter;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Expenses} over {@code expense}: the project's readers read, its editors write, every write audited;
 * each write also brings the project's actual cost up to date ({@link Projects#refreshActualCost}).
 */
@Service
@Transactional(readOnly = true)
class JdbcExpenses implements Expenses {

    static final String ENTITY = "Expense";
    private static final Map<String, String> SORTS = Map.of("incurredOn", "incurred_on", "category", "category",
            "amount", "amount", "id", "id");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProjectAccess access;
    private final Projects projects;
    private final Tasks tasks;

    JdbcExpenses(JdbcClient jdbc, AuditLog audit, ProjectAccess access, Projects projects, Tasks tasks) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.projects = projects;
        this.tasks = tasks;
    }

    @Override
    public PageResult<Expense> list(ProjectId project, PageRequest page) {
        access.requireRead(project);
        SqlFilter where = new SqlFilter().always("project_id = :project", Map.of("project", project.value()));
        String order = page.sort() == null ? " order by incurred_on desc, id desc" : page.orderBy(SORTS, "incurredOn");
        return Paging.page(jdbc, "expense", where, order, page, JdbcExpenses::map);
    }

    @Override
    public List<Expense> all(ProjectId project) {
        access.requireRead(project);
        return rows(project);
    }

    /** Every expense of a project by day, without an access check (for the cost module's own reads). */
    List<Expense> rows(ProjectId project) {
        return rows(List.of(project)).get(project);
    }

    /** Every expense of each project by day, in one query and without an access check; every project is a key. */
    Map<ProjectId, List<Expense>> rows(Collection<ProjectId> projects) {
        Map<ProjectId, List<Expense>> byProject = new LinkedHashMap<>();
        projects.forEach(id -> byProject.put(id, new ArrayList<>()));
        if (projects.isEmpty()) {
            return byProject;
        }
        jdbc.sql("select * from expense where project_id = any(?) order by project_id, incurred_on, id")
                .param(projects.stream().map(ProjectId::value).distinct().toArray(Long[]::new))
                .query(rs -> {
                    Expense e = map(rs, 0);
                    byProject.get(e.projectId()).add(e);
                });
        return byProject;
    }

    @Override
    public Expense get(long id) {
        Expense expense = find(id);
        access.requireRead(expense.projectId());
        return expense;
    }

    private Expense find(long id) {
        return jdbc.sql("select * from expense where id = ?").param(id).query(JdbcExpenses::map).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    @Transactional
    public Expense create(ProjectId project, Expense.Draft draft) {
        access.requireEdit(project);
        Map<String, Object> params = params(project, draft);
        params.put("project", project.value());
        long id = jdbc.sql("""
                insert into expense (project_id, task_id, incurred_on, category, spend_type, amount, description)
                values (:project, :task, :incurredOn, :category, :spendType, :amount, :description) returning id""")
                .params(params).query(Long.class).single();
        Expense created = find(id);
        audit.created(ENTITY, id, project.value(), created);
        projects.refreshActualCost(project);
        return created;
    }

    @Override
    @Transactional
    public Expense update(long id, long expectedVersion, Expense.Draft draft) {
        Expense before = find(id);
        access.requireEdit(before.projectId());
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        Map<String, Object> params = params(before.projectId(), draft);
        params.put("id", id);
        params.put("version", expectedVersion);
        int rows = jdbc.sql("""
                update expense set task_id = :task, incurred_on = :incurredOn, category = :category,
                    spend_type = :spendType, amount = :amount, description = :description, version = version + 1,
                    updated_at = now()
                where id = :id and version = :version""").params(params).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        Expense after = find(id);
        audit.updated(ENTITY, id, after.projectId().value(), before, after);
        projects.refreshActualCost(after.projectId());
        return after;
    }

    @Override
    @Transactional
    public void delete(long id, long expectedVersion) {
        Expense before = find(id);
        access.requireEdit(before.projectId());
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        int rows = jdbc.sql("delete from expense where id = ? and version = ?").params(id, expectedVersion).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        audit.deleted(ENTITY, id, before.projectId().value(), before);
        projects.refreshActualCost(before.projectId());
    }


    private Map<String, Object> params(ProjectId project, Expense.Draft d) {
        CostRules.required(d.incurredOn(), "incurredOn", "incurredOn is required: the day the money was spent");
        CostRules.required(d.category(), "category", "category is required: one of LABOUR, MATERIALS, SERVICES, OTHER");
        CostRules.required(d.spendType(), "spendType", "spendType is required: CAPEX or OPEX");
        CostRules.amount(d.amount(), "amount", true);
        if (d.taskId() != null) {
            boolean ours = tasks.find(d.taskId()).map(t -> t.projectId().equals(project)).orElse(false);
            if (!ours) {
                throw BusinessRuleException.invalid("taskId", "task " + d.taskId().value() + " is not a task of this project");
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("task", d.taskId() == null ? null : d.taskId().value());
        params.put("incurredOn", d.incurredOn());
        params.put("category", d.category().name());
        params.put("spendType", d.spendType().name());
        params.put("amount", d.amount());
        params.put("description", CostRules.description(d.description()));
        return params;
    }

    static Expense map(ResultSet rs, int row) throws SQLException {
        long task = rs.getLong("task_id");
        return new Expense(rs.getLong("id"), rs.getLong("version"), ProjectId.of(rs.getLong("project_id")),
                rs.wasNull() ? null : TaskId.of(task), rs.getObject("incurred_on", LocalDate.class),
                CostCategory.valueOf(rs.getString("category")), SpendType.valueOf(rs.getString("spend_type")),
                rs.getBigDecimal("amount"), rs.getString("description"));
    }
}
