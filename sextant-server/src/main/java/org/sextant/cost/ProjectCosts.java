package org.sextant.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
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
     * The actual costs incurred up to and including {@code asOf}, dated: approved time priced at the
     * rates in effect on the day worked, and expenses. Ordered by date.
     */
    List<DatedCost> actualCosts(ProjectId projectId, LocalDate asOf);
}
