package org.sextant.schedule.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sextant.audit.AuditLog;
import org.sextant.platform.BusinessRuleException;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.schedule.ConstraintType;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.DependencyType;
import org.sextant.schedule.ScheduleImport;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ScheduleImport} with ids reserved from the identity sequences and batch inserts. */
@Service
@Transactional
class JdbcScheduleImport implements ScheduleImport {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate template;
    private final ProjectAccess access;
    private final AuditLog audit;

    JdbcScheduleImport(JdbcClient jdbc, NamedParameterJdbcTemplate template, ProjectAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.access = access;
        this.audit = audit;
    }

    /** What the audit trail records for a bulk write. */
    record Imported(String what, int count) {
    }

    @Override
    public List<TaskId> createTasks(ProjectId project, List<NewTask> tasks) {
        access.requireEdit(project);
        List<Long> ids = reserve("wbs_task", tasks.size());
        List<SqlParameterSource> rows = new ArrayList<>(tasks.size());
        boolean[] parents = new boolean[tasks.size()];
        for (NewTask task : tasks) {
            if (task.parentIndex() >= 0 && task.parentIndex() < parents.length) {
                parents[task.parentIndex()] = true;
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            NewTask task = tasks.get(i);
            if (task.parentIndex() >= i) {
                throw BusinessRuleException.invalid("parentIndex", "task " + i + " names a parent after it");
            }
            Task.Draft d = task.draft();
            boolean hasChildren = parents[i];
            ConstraintType constraint = d.constraintType() == null ? ConstraintType.ASAP : d.constraintType();
            TaskKind kind = hasChildren ? TaskKind.SUMMARY : d.kind() == TaskKind.SUMMARY ? TaskKind.TASK
                    : d.kind() == null ? TaskKind.TASK : d.kind();
            MapSqlParameterSource p = new MapSqlParameterSource()
                    .addValue("id", ids.get(i))
                    .addValue("project", project.value())
                    .addValue("parent", task.parentIndex() < 0 ? null : ids.get(task.parentIndex()))
                    .addValue("wbsCode", truncate(d.wbsCode(), 50))
                    .addValue("name", truncate(d.name() == null || d.name().isBlank() ? "(unnamed)" : d.name(), 300))
                    .addValue("kind", kind.name())
                    .addValue("sortOrder", i + 1)
                    .addValue("duration", Math.max(0, d.durationMinutes()))
                    .addValue("work", Math.max(0, d.workMinutes()))
                    .addValue("plannedStart", d.plannedStart())
                    .addValue("plannedFinish", d.plannedFinish() != null && d.plannedStart() != null
                            && d.plannedFinish().isBefore(d.plannedStart()) ? d.plannedStart() : d.plannedFinish())
                    .addValue("percent", Math.max(0, Math.min(100, d.percentComplete())))
                    .addValue("actualStart", d.actualStart())
                    .addValue("actualFinish", d.actualFinish() != null && d.actualStart() != null
                            && d.actualFinish().isBefore(d.actualStart()) ? d.actualStart() : d.actualFinish())
                    .addValue("constraintType", constraint.name())
                    .addValue("constraintDate", constraint.needsDate() ? d.constraintDate() : null)
                    .addValue("deadline", d.deadline())
                    .addValue("calendar", d.calendarId() == null ? null : d.calendarId().value())
                    .addValue("priority", Math.max(0, Math.min(1000, d.priority())))
                    .addValue("notes", d.notes());
            rows.add(p);
        }
        batch("""
                insert into wbs_task (id, project_id, parent_id, wbs_code, name, kind, sort_order, duration_minutes,
                    work_minutes, planned_start, planned_finish, percent_complete, actual_start, actual_finish,
                    constraint_type, constraint_date, deadline, calendar_id, priority, notes)
                overriding system value""", List.of("id", "project", "parent", "wbsCode", "name", "kind", "sortOrder",
                "duration", "work", "plannedStart", "plannedFinish", "percent", "actualStart", "actualFinish",
                "constraintType", "constraintDate", "deadline", "calendar", "priority", "notes"), rows);
        audit.created("TaskImport", project.value(), project.value(), new Imported("tasks", tasks.size()));
        return ids.stream().map(TaskId::of).toList();
    }

    @Override
    public int createDependencies(ProjectId project, List<Dependency.Draft> dependencies) {
        access.requireEdit(project);
        Map<String, Dependency.Draft> unique = new LinkedHashMap<>();
        for (Dependency.Draft d : dependencies) {
            if (!d.predecessorId().equals(d.successorId())) {
                unique.putIfAbsent(d.predecessorId().value() + ">" + d.successorId().value(), d);
            }
        }
        Set<Long> own = new HashSet<>(jdbc.sql("select id from wbs_task where project_id = ?").param(project.value())
                .query(Long.class).list());
        for (Dependency.Draft d : unique.values()) {
            if (!own.contains(d.successorId().value()) || !own.contains(d.predecessorId().value())) {
                throw BusinessRuleException.invalid("dependencies", "a dependency names a task outside project " + project);
            }
        }
        List<Long> loop = loop(unique.values());
        if (!loop.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Long id : loop) {
                names.add(jdbc.sql("select name from wbs_task where id = ?").param(id).query(String.class).single());
            }
            throw BusinessRuleException.invalid("dependencies", "the dependencies form a loop: " + String.join(" → ", names));
        }
        List<Long> ids = reserve("dependency", unique.size());
        List<SqlParameterSource> rows = new ArrayList<>();
        int i = 0;
        for (Dependency.Draft d : unique.values()) {
            rows.add(new MapSqlParameterSource().addValue("id", ids.get(i++))
                    .addValue("pred", d.predecessorId().value()).addValue("succ", d.successorId().value())
                    .addValue("type", (d.type() == null ? DependencyType.FS : d.type()).name())
                    .addValue("lag", d.lagMinutes())
                    .addValue("format", (d.lagFormat() == null ? Dependency.LagFormat.WORKING : d.lagFormat()).name()));
        }
        batch("insert into dependency (id, predecessor_id, successor_id, type, lag_minutes, lag_format) "
                + "overriding system value", List.of("id", "pred", "succ", "type", "lag", "format"), rows);
        audit.created("DependencyImport", project.value(), project.value(), new Imported("dependencies", rows.size()));
        return rows.size();
    }

    private static List<Long> loop(Iterable<Dependency.Draft> links) {
        Map<Long, List<Long>> next = new HashMap<>();
        for (Dependency.Draft d : links) {
            next.computeIfAbsent(d.predecessorId().value(), k -> new ArrayList<>()).add(d.successorId().value());
        }
        Map<Long, Integer> state = new HashMap<>();
        for (Long start : next.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<Long> path = new ArrayDeque<>();
            Deque<Integer> index = new ArrayDeque<>();
            path.push(start);
            index.push(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                Long node = path.peek();
                int at = index.pop();
                List<Long> out = next.getOrDefault(node, List.of());
                if (at < out.size()) {
                    index.push(at + 1);
                    Long target = out.get(at);
                    Integer seen = state.get(target);
                    if (seen == null) {
                        state.put(target, 1);
                        path.push(target);
                        index.push(0);
                    } else if (seen == 1) {
                        List<Long> cycle = new ArrayList<>();
                        for (Long member : path) {
                            cycle.add(0, member);
                            if (member.equals(target)) {
                                break;
                            }
                        }
                        cycle.add(target);
                        return cycle;
                    }
                } else {
                    state.put(node, 2);
                    path.pop();
                }
            }
        }
        return List.of();
    }

    private List<Long> reserve(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval(pg_get_serial_sequence('" + table + "', 'id')) from generate_series(1, ?)")
                .param(count).query(Long.class).list();
    }

    /**
     * Inserts rows with multi-row {@code VALUES} statements (far fewer round trips and statement
     * executions than a JDBC batch without the driver's rewrite option). {@code head} ends before
     * {@code values}; every row has the same parameter names in {@code columns} order.
     */
    private void batch(String head, List<String> columns, List<SqlParameterSource> rows) {
        int perStatement = Math.max(1, Math.min(BATCH, 30_000 / columns.size()));
        String tuple = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<SqlParameterSource> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            List<Object> args = new ArrayList<>(chunk.size() * columns.size());
            for (SqlParameterSource row : chunk) {
                for (String column : columns) {
                    args.add(row.getValue(column));
                }
            }
            String sql = head + " values " + String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple));
            template.getJdbcTemplate().update(sql, args.toArray());
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
