package org.sextant.cost.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sextant.audit.AuditLog;
import org.sextant.cost.BudgetLine;
import org.sextant.cost.BudgetLines;
import org.sextant.cost.CostCategory;
import org.sextant.cost.SpendType;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.platform.Paging;
import org.sextant.platform.SqlFilter;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link BudgetLines} over {@code budget_line}: the project's readers read, its editors write, every write audited. */
@Service
@Transactional(readOnly = true)
class JdbcBudgetLines implements BudgetLines {

    static final String ENTITY = "BudgetLine";
    private static final Map<String, String> SORTS = Map.of("period", "period_start", "category", "category",
            "amount", "amount", "id", "id");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProjectAccess access;

    JdbcBudgetLines(JdbcClient jdbc, AuditLog audit, ProjectAccess access) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
    }

    @Override
    public PageResult<BudgetLine> list(ProjectId project, PageRequest page) {
        access.requireRead(project);
        SqlFilter where = new SqlFilter().always("project_id = :project", Map.of("project", project.value()));
        String order = page.orderBy(SORTS, "period");
        if (page.sort() == null) {
            order = " order by period_start asc, category asc, id asc";
        }
        return Paging.page(jdbc, "budget_line", where, order, page, JdbcBudgetLines::map);
    }

    @Override
    public List<BudgetLine> all(ProjectId project) {
        access.requireRead(project);
        return rows(project);
    }

    /** Every line of a project, without an access check (for the cost module's own reads). */
    List<BudgetLine> rows(ProjectId project) {
        return jdbc.sql("select * from budget_line where project_id = ? order by period_start, category, id")
                .param(project.value()).query(JdbcBudgetLines::map).list();
    }

    @Override
    public BudgetLine get(long id) {
        BudgetLine line = find(id);
        access.requireRead(line.projectId());
        return line;
    }

    private BudgetLine find(long id) {
        return jdbc.sql("select * from budget_line where id = ?").param(id).query(JdbcBudgetLines::map).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    @Transactional
    public BudgetLine create(ProjectId project, BudgetLine.Draft draft) {
        access.requireEdit(project);
        Map<String, Object> params = params(draft);
        params.put("project", project.value());
        long id = jdbc.sql("""
                insert into budget_line (project_id, category, spend_type, period_start, amount, description)
                values (:project, :category, :spendType, :period, :amount, :description) returning id""")
                .params(params).query(Long.class).single();
        BudgetLine created = find(id);
        audit.created(ENTITY, id, project.value(), created);
        return created;
    }

    @Override
    @Transactional
    public BudgetLine update(long id, long expectedVersion, BudgetLine.Draft draft) {
        BudgetLine before = find(id);
        access.requireEdit(before.projectId());
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        Map<String, Object> params = params(draft);
        params.put("id", id);
        params.put("version", expectedVersion);
        int rows = jdbc.sql("""
                update budget_line set category = :category, spend_type = :spendType, period_start = :period,
                    amount = :amount, description = :description, version = version + 1, updated_at = now()
                where id = :id and version = :version""").params(params).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        BudgetLine after = find(id);
        audit.updated(ENTITY, id, after.projectId().value(), before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(long id, long expectedVersion) {
        BudgetLine before = find(id);
        access.requireEdit(before.projectId());
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        int rows = jdbc.sql("delete from budget_line where id = ? and version = ?").params(id, expectedVersion).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        audit.deleted(ENTITY, id, before.projectId().value(), before);
    }


    private static Map<String, Object> params(BudgetLine.Draft d) {
        CostRules.required(d.category(), "category", "category is required: one of LABOUR, MATERIALS, SERVICES, OTHER");
        CostRules.required(d.spendType(), "spendType", "spendType is required: CAPEX or OPEX");
        CostRules.required(d.period(), "period", "period is required: the month, like 2027-03");
        CostRules.amount(d.amount(), "amount", false);
        Map<String, Object> params = new HashMap<>();
        params.put("category", d.category().name());
        params.put("spendType", d.spendType().name());
        params.put("period", d.period().atDay(1));
        params.put("amount", d.amount());
        params.put("description", CostRules.description(d.description()));
        return params;
    }

    static BudgetLine map(ResultSet rs, int row) throws SQLException {
        return new BudgetLine(rs.getLong("id"), rs.getLong("version"), ProjectId.of(rs.getLong("project_id")),
                CostCategory.valueOf(rs.getString("category")), SpendType.valueOf(rs.getString("spend_type")),
                YearMonth.from(rs.getObject("period_start", LocalDate.class)), rs.getBigDecimal("amount"),
                rs.getString("description"));
    }
}
