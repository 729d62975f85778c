package org.sextant.resource.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sextant.audit.AuditLog;
import org.sextant.platform.BusinessRuleException;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.resource.Assignment;
import org.sextant.resource.AssignmentId;
import org.sextant.resource.AssignmentImport;
import org.sextant.resource.ResourceId;
import org.sextant.schedule.TaskId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcAssignmentImport implements AssignmentImport {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate template;
    private final ProjectAccess access;
    private final AuditLog audit;

    JdbcAssignmentImport(JdbcClient jdbc, NamedParameterJdbcTemplate template, ProjectAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.access = access;
        this.audit = audit;
    }

    record Imported(String what, int count) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<Costed> allWithCosts(ProjectId project) {
        return allWithCosts(List.of(project)).get(project);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ProjectId, List<Costed>> allWithCosts(Collection<ProjectId> projects) {
        access.requireRead(projects);
        Map<ProjectId, List<Costed>> byProject = new LinkedHashMap<>();
        projects.forEach(id -> byProject.put(id, new ArrayList<>()));
        if (projects.isEmpty()) {
            return byProject;
        }
        jdbc.sql("""
                select a.id, a.version, a.task_id, t.project_id, a.resource_id, r.name, a.units, a.work_minutes,
                       a.actual_work_minutes, a.planned_cost, a.actual_cost
                from assignment a join wbs_task t on t.id = a.task_id join resource r on r.id = a.resource_id
                where t.project_id = any(?) order by t.project_id, t.sort_order, a.id""")
                .param(projects.stream().map(ProjectId::value).distinct().toArray(Long[]::new))
                .query(rs -> {
                    Costed c = new Costed(new Assignment(AssignmentId.of(rs.getLong(1)), rs.getLong(2),
                            TaskId.of(rs.getLong(3)), ProjectId.of(rs.getLong(4)), ResourceId.of(rs.getLong(5)),
                            rs.getString(6), rs.getBigDecimal(7), rs.getLong(8), rs.getLong(9)), rs.getBigDecimal(10),
                            rs.getBigDecimal(11));
                    byProject.get(c.assignment().projectId()).add(c);
                });
        return byProject;
    }

    @Override
    public int createAssignments(ProjectId project, List<NewAssignment> assignments) {
        access.requireEdit(project);
        Set<Long> own = new HashSet<>(jdbc.sql("select id from wbs_task where project_id = ?").param(project.value())
                .query(Long.class).list());
        Map<String, NewAssignment> merged = new LinkedHashMap<>();
        for (NewAssignment a : assignments) {
            if (!own.contains(a.taskId().value())) {
                throw BusinessRuleException.invalid("taskId", "task " + a.taskId() + " is not in project " + project);
            }
            merged.merge(a.taskId().value() + "/" + a.draft().resourceId().value(), a, (x, y) -> new NewAssignment(
                    x.taskId(), new Assignment.Draft(x.draft().resourceId(), x.draft().units(),
                            x.draft().workMinutes() + y.draft().workMinutes()),
                    x.actualWorkMinutes() + y.actualWorkMinutes(), add(x.plannedCost(), y.plannedCost()),
                    add(x.actualCost(), y.actualCost())));
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        for (NewAssignment a : merged.values()) {
            BigDecimal units = a.draft().units() == null || a.draft().units().signum() <= 0 ? BigDecimal.ONE
                    : a.draft().units().setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"))
                            .min(new BigDecimal("9999.99"));
            rows.add(new MapSqlParameterSource().addValue("task", a.taskId().value())
                    .addValue("resource", a.draft().resourceId().value()).addValue("units", units)
                    .addValue("work", Math.max(0, a.draft().workMinutes()))
                    .addValue("actual", Math.max(0, a.actualWorkMinutes()))
                    .addValue("plannedCost", money(a.plannedCost())).addValue("actualCost", money(a.actualCost())));
        }
        if (!rows.isEmpty()) {
            template.batchUpdate("insert into assignment (task_id, resource_id, units, work_minutes, actual_work_minutes, "
                    + "planned_cost, actual_cost) values (:task, :resource, :units, :work, :actual, :plannedCost, "
                    + ":actualCost)", rows.toArray(SqlParameterSource[]::new));
        }
        audit.created("AssignmentImport", project.value(), project.value(), new Imported("assignments", rows.size()));
        return rows.size();
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** A cost as the column holds it: two decimals, not negative (a file's credit is not a cost). */
    private static BigDecimal money(BigDecimal cost) {
        return cost == null ? null : cost.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP)
                .min(new BigDecimal("9999999999999999.99"));
    }
}
