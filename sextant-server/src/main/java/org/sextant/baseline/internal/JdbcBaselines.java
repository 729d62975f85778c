package org.sextant.baseline.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.audit.AuditLog;
import org.sextant.baseline.Baseline;
import org.sextant.baseline.BaselineTask;
import org.sextant.baseline.Baselines;
import org.sextant.cost.ProjectCosts;
import org.sextant.identity.CurrentUser;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Baselines} over the {@code baseline} and {@code baseline_task} tables. Saving copies the
 * project's scheduled plan with one {@code INSERT … SELECT} from {@code wbs_task}, joined to the
 * planned cost per task that {@link ProjectCosts} computes, passed in as two parallel arrays
 * (ADR 0009: a copy of thousands of tasks in one statement).
 */
@Service
@Transactional(readOnly = true)
class JdbcBaselines implements Baselines {

    static final String ENTITY = "Baseline";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProjectAccess access;
    private final ProjectCosts costs;

    JdbcBaselines(JdbcClient jdbc, AuditLog audit, ProjectAccess access, ProjectCosts costs) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.costs = costs;
    }

    @Override
    public List<BaselineTask> tasks(ProjectId projectId, int number) {
        return tasks(List.of(projectId), number).get(projectId);
    }

    @Override
    public Map<ProjectId, List<BaselineTask>> tasks(Collection<ProjectId> projectIds, int number) {
        Map<ProjectId, List<BaselineTask>> byProject = new LinkedHashMap<>();
        projectIds.forEach(id -> byProject.put(id, new ArrayList<>()));
        if (projectIds.isEmpty()) {
            return byProject;
        }
        jdbc.sql("""
                select b.project_id, bt.* from baseline_task bt join baseline b on b.id = bt.baseline_id
                where b.project_id = any(?) and b.number = ? order by b.project_id, bt.sort_order, bt.task_id""")
                .params(projectIds.stream().map(ProjectId::value).distinct().toArray(Long[]::new), number)
                .query(rs -> {
                    byProject.get(ProjectId.of(rs.getLong("project_id"))).add(mapTask(rs, 0));
                });
        return byProject;
    }

    @Override
    public List<Baseline> list(ProjectId projectId) {
        access.requireRead(projectId);
        return jdbc.sql("select * from baseline where project_id = ? order by number").param(projectId.value())
                .query(JdbcBaselines::map).list();
    }

    @Override
    public Optional<Baseline> find(ProjectId projectId, int number) {
        access.requireRead(projectId);
        return load(projectId, number);
    }

    @Override
    public Baseline get(ProjectId projectId, int number) {
        return find(projectId, number).orElseThrow(() -> new NotFoundException(ENTITY, auditId(projectId, number)));
    }

    @Override
    @Transactional
    public Baseline save(ProjectId projectId, Integer number, String name) {
        CurrentUser user = access.requireEdit(projectId);
        int slot = number == null ? firstFree(projectId) : checkNumber(number);
        if (load(projectId, slot).isPresent()) {
            throw BusinessRuleException.conflict("number", "baseline " + slot
                    + " is already set; replace it (PUT, with its version) or choose an empty number");
        }
        long id;
        try {
            id = jdbc.sql("""
                    insert into baseline (project_id, number, name, saved_by, status_date)
                    select :project, :number, :name, :user, status_date from project where id = :project
                    returning id""")
                    .params(Map.of("project", projectId.value(), "number", slot, "name", name(name, slot),
                            "user", user.username()))
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw BusinessRuleException.conflict("number", "baseline " + slot + " was set by someone else just now");
        }
        copyPlan(projectId, id);
        Baseline saved = load(projectId, slot).orElseThrow();
        audit.created(ENTITY, auditId(projectId, slot), projectId.value(), saved);
        return saved;
    }

    @Override
    @Transactional
    public Baseline replace(ProjectId projectId, int number, long expectedVersion, String name) {
        CurrentUser user = access.requireEdit(projectId);
        Baseline before = load(projectId, checkNumber(number))
                .orElseThrow(() -> new NotFoundException(ENTITY, auditId(projectId, number)));
        ExpectedVersion.check(ENTITY, auditId(projectId, number), expectedVersion, before.version());
        Long id = jdbc.sql("""
                update baseline set name = :name, saved_at = now(), saved_by = :user, version = version + 1,
                    status_date = (select status_date from project where id = :project)
                where project_id = :project and number = :number and version = :version returning id""")
                .params(Map.of("project", projectId.value(), "number", number,
                        "name", name == null || name.isBlank() ? before.name() : name(name, number),
                        "user", user.username(), "version", expectedVersion))
                .query(Long.class).optional().orElse(null);
        ExpectedVersion.requireUpdated(id == null ? 0 : 1, ENTITY, auditId(projectId, number), expectedVersion);
        jdbc.sql("delete from baseline_task where baseline_id = ?").param(id).update();
        copyPlan(projectId, id);
        Baseline after = load(projectId, number).orElseThrow();
        audit.updated(ENTITY, auditId(projectId, number), projectId.value(), before, after);
        return after;
    }

    @Override
    @Transactional
    public void clear(ProjectId projectId, int number, long expectedVersion) {
        access.requireEdit(projectId);
        Baseline before = load(projectId, checkNumber(number))
                .orElseThrow(() -> new NotFoundException(ENTITY, auditId(projectId, number)));
        ExpectedVersion.check(ENTITY, auditId(projectId, number), expectedVersion, before.version());
        int rows = jdbc.sql("delete from baseline where project_id = ? and number = ? and version = ?")
                .params(projectId.value(), number, expectedVersion).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, auditId(projectId, number), expectedVersion);
        audit.deleted(ENTITY, auditId(projectId, number), projectId.value(), before);
    }

    /**
     * Copies every task of the project into baseline {@code baselineId} in one statement and records
     * the task count. Costs come from the cost module as parallel arrays of task ids and amounts.
     */
    private void copyPlan(ProjectId projectId, long baselineId) {
        Map<TaskId, BigDecimal> planned = costs.plannedCostByTask(projectId);
        Long[] ids = new Long[planned.size()];
        String[] amounts = new String[planned.size()];
        int i = 0;
        for (Map.Entry<TaskId, BigDecimal> e : planned.entrySet()) {
            ids[i] = e.getKey().value();
            amounts[i++] = e.getValue().toPlainString();
        }
        int copied = jdbc.sql("""
                insert into baseline_task (baseline_id, task_id, parent_id, wbs_code, name, sort_order, start_at,
                    finish_at, duration_minutes, work_minutes, cost, milestone, summary)
                select :baseline, t.id, t.parent_id, t.wbs_code, t.name, t.sort_order, t.planned_start,
                    t.planned_finish, t.duration_minutes, t.work_minutes, coalesce(c.cost, 0),
                    t.kind = 'MILESTONE', t.kind = 'SUMMARY'
                from wbs_task t
                left join unnest(cast(:ids as bigint[]), cast(:costs as numeric[])) as c(task_id, cost)
                    on c.task_id = t.id
                where t.project_id = :project""")
                .param("baseline", baselineId).param("ids", ids).param("costs", amounts)
                .param("project", projectId.value()).update();
        jdbc.sql("update baseline set task_count = ? where id = ?").params(copied, baselineId).update();
    }

    private int firstFree(ProjectId projectId) {
        List<Integer> used = jdbc.sql("select number from baseline where project_id = ? order by number")
                .param(projectId.value()).query(Integer.class).list();
        for (int n = 0; n <= MAX_NUMBER; n++) {
            if (!used.contains(n)) {
                return n;
            }
        }
        throw BusinessRuleException.invalid("number", "all " + (MAX_NUMBER + 1)
                + " baselines (0–" + MAX_NUMBER + ") are set; replace or clear one");
    }

    private static int checkNumber(int number) {
        if (number < 0 || number > MAX_NUMBER) {
            throw BusinessRuleException.invalid("number", "a baseline number is 0 to " + MAX_NUMBER + "; was " + number);
        }
        return number;
    }

    private static String name(String name, int number) {
        if (name == null || name.isBlank()) {
            return "Baseline " + number;
        }
        if (name.strip().length() > 200) {
            throw BusinessRuleException.invalid("name", "a baseline name has at most 200 characters");
        }
        return name.strip();
    }

    /** The audit trail's id of a baseline slot: "project-number", so a slot's history survives clearing. */
    static String auditId(ProjectId projectId, int number) {
        return projectId.value() + "-" + number;
    }

    private Optional<Baseline> load(ProjectId projectId, int number) {
        return jdbc.sql("select * from baseline where project_id = ? and number = ?")
                .params(projectId.value(), number).query(JdbcBaselines::map).optional();
    }

    static Baseline map(ResultSet rs, int row) throws SQLException {
        return new Baseline(ProjectId.of(rs.getLong("project_id")), rs.getInt("number"), rs.getLong("version"),
                rs.getString("name"), rs.getTimestamp("saved_at").toInstant(), rs.getString("saved_by"),
                rs.getObject("status_date", LocalDate.class), rs.getInt("task_count"));
    }

    static BaselineTask mapTask(ResultSet rs, int row) throws SQLException {
        return new BaselineTask(TaskId.of(rs.getLong("task_id")), time(rs, "start_at"), time(rs, "finish_at"),
                rs.getLong("duration_minutes"), rs.getLong("work_minutes"), rs.getBigDecimal("cost"),
                rs.getBoolean("milestone"), rs.getBoolean("summary"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
