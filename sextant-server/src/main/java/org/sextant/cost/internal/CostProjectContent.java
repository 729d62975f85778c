package org.sextant.cost.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sextant.project.ProjectContent;
import org.sextant.project.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted project takes its budget lines and expenses along (each deletion audited), before its tasks. */
@Component
class CostProjectContent implements ProjectContent {

    private final JdbcClient jdbc;
    private final JdbcBudgetLines budget;
    private final JdbcExpenses expenses;

    CostProjectContent(JdbcClient jdbc, JdbcBudgetLines budget, JdbcExpenses expenses) {
        this.jdbc = jdbc;
        this.budget = budget;
        this.expenses = expenses;
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
        budget.deleteIn(project);
        expenses.deleteIn(project);
    }

    /** Expenses refer to tasks (20); nothing refers to them. */
    @Override
    public int deletionOrder() {
        return 5;
    }
}
