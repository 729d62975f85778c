package org.sextant.cost.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.audit.AuditLog;
import org.sextant.cost.BudgetLine;
import org.sextant.cost.Expense;
import org.sextant.project.ProjectContent;
import org.sextant.project.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted project takes its budget lines and expenses along (each deletion audited), before its tasks.
 * Works on the tables directly: the project feature asks for it while it is being built, before the
 * cost services that depend on it exist.
 */
@Component
class CostProjectContent implements ProjectContent {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CostProjectContent(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Map<String, Long> countIn(ProjectId project) {
        Map<String, Long> held = new LinkedHashMap<>();
        long lines = jdbc.sql("select count(*) from budget_line where project_id = ?").param(project.value())
                .query(Long.class).single();
        long spent = jdbc.sql("select count(*) from expense where project_id = ?").param(project.value())
                .query(Long.class).single();
        if (lines > 0) {
            held.put("budget lines", lines);
        }
        if (spent > 0) {
            held.put("expenses", spent);
        }
        return held;
    }

    @Override
    public void deleteIn(ProjectId project) {
        List<BudgetLine> lines = jdbc.sql("select * from budget_line where project_id = ?").param(project.value())
                .query(JdbcBudgetLines::map).list();
        jdbc.sql("delete from budget_line where project_id = ?").param(project.value()).update();
        lines.forEach(l -> audit.deleted(JdbcBudgetLines.ENTITY, l.id(), project.value(), l));
        List<Expense> expenses = jdbc.sql("select * from expense where project_id = ?").param(project.value())
                .query(JdbcExpenses::map).list();
        jdbc.sql("delete from expense where project_id = ?").param(project.value()).update();
        expenses.forEach(e -> audit.deleted(JdbcExpenses.ENTITY, e.id(), project.value(), e));
    }

    /** Expenses refer to tasks (20); nothing refers to them. */
    @Override
    public int deletionOrder() {
        return 5;
    }
}
