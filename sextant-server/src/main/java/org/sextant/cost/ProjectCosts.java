package org.sextant.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/** A project's planned and actual costs, in the project's currency, for earned value and reports. */
public interface ProjectCosts {

    /**
     * The planned cost of each task that has one: its assignments' work priced at the resources'
     * rates in effect over the task's planned dates. Tasks without cost are absent.
     */
    Map<TaskId, BigDecimal> plannedCostByTask(ProjectId projectId);

    /**
     * {@link #plannedCostByTask(ProjectId)} of each project (which is this for one project), read with a
     * constant number of queries however many projects: every project given is a key, in the order given.
     * Needs read access to all of them.
     */
    Map<ProjectId, Map<TaskId, BigDecimal>> plannedCostByTask(Collection<ProjectId> projectIds);

    /**
     * The actual costs incurred up to and including {@code asOf}, dated: approved time priced at the
     * rates in effect on the day worked, and expenses. Ordered by date.
     */
    List<DatedCost> actualCosts(ProjectId projectId, LocalDate asOf);

    /**
     * {@link #actualCosts(ProjectId, LocalDate)} of each project (which is this for one project), read with a
     * constant number of queries however many projects: every project given is a key, in the order given.
     * Needs read access to all of them.
     */
    Map<ProjectId, List<DatedCost>> actualCosts(Collection<ProjectId> projectIds, LocalDate asOf);

    /** A project's planned cost per task and every actual cost it recorded, dated (see {@link #actualCosts}). */
    record PlannedAndActual(Map<TaskId, BigDecimal> plannedByTask, List<DatedCost> actual) {
    }

    /**
     * {@link #plannedCostByTask} and every actual cost recorded of each project, costed once (the two
     * separate calls would read each project's tasks, assignments and rates twice): every project given is
     * a key, in the order given. Needs read access to all of them.
     */
    Map<ProjectId, PlannedAndActual> plannedAndActual(Collection<ProjectId> projectIds);
}
