package org.sextant.cost.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sextant.cost.DatedCost;
import org.sextant.cost.ProjectCosts;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ProjectCosts} from assignments priced at each resource's single cost rate. Effective-dated
 * rates, approved time and expenses replace it in the cost module.
 */
@Service
@Transactional(readOnly = true)
class JdbcProjectCosts implements ProjectCosts {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final JdbcClient jdbc;

    JdbcProjectCosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<TaskId, BigDecimal> plannedCostByTask(ProjectId projectId) {
        Map<TaskId, BigDecimal> costs = new HashMap<>();
        jdbc.sql("""
                select t.id, sum(asg.work_minutes * r.cost_rate) as minute_cost
                from assignment asg join wbs_task t on t.id = asg.task_id join resource r on r.id = asg.resource_id
                where t.project_id = :project and asg.work_minutes > 0 and r.cost_rate > 0
                group by t.id""")
                .param("project", projectId.value())
                .query(rs -> {
                    costs.put(TaskId.of(rs.getLong("id")),
                            rs.getBigDecimal("minute_cost").divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP));
                });
        return costs;
    }

    @Override
    public List<DatedCost> actualCosts(ProjectId projectId, LocalDate asOf) {
        return List.of();
    }
}
