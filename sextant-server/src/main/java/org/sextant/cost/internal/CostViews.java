package org.sextant.cost.internal;

import java.util.HashMap;
import java.util.Map;
import org.sextant.cost.CostOverview;
import org.sextant.cost.CostOverviews;
import org.sextant.cost.EacMethod;
import org.sextant.cost.PerformanceIndices;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CostOverviews}: the ledger of {@link JdbcProjectCosts}, the budget lines and earned value's indices. */
@Service
@Transactional(readOnly = true)
class CostViews implements CostOverviews {

    private final Projects projects;
    private final JdbcProjectCosts costs;
    private final JdbcBudgetLines budget;
    private final ObjectProvider<PerformanceIndices> indices;

    CostViews(Projects projects, JdbcProjectCosts costs, JdbcBudgetLines budget, ObjectProvider<PerformanceIndices> indices) {
        this.projects = projects;
        this.costs = costs;
        this.budget = budget;
        this.indices = indices;
    }

    @Override
    public CostOverview of(ProjectId projectId, EacMethod method) {
        Project project = projects.get(projectId);
        JdbcProjectCosts.Ledger ledger = costs.ledger(projectId);
        Map<TaskId, Double> remaining = new HashMap<>();
        for (Task t : ledger.tasks()) {
            remaining.put(t.id(), 1 - t.percentComplete() / 100.0);
        }
        var measured = indices.getIfAvailable(() -> PerformanceIndices.NONE).of(projectId);
        return CostViewBuilder.build(projectId, project.currency() == null ? "EUR" : project.currency().trim(), method,
                budget.rows(projectId), ledger.planned(), remaining, ledger.actual(), measured);
    }
}
