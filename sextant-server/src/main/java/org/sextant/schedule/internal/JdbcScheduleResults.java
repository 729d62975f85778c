package org.sextant.schedule.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sextant.engine.schedule.ActivitySchedule;
import org.sextant.engine.schedule.CycleDetected;
import org.sextant.engine.schedule.Schedule;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.ScheduleResults;
import org.sextant.schedule.ScheduledProject;
import org.sextant.schedule.ScheduledProject.Problem;
import org.sextant.schedule.ScheduledProject.ProblemKind;
import org.sextant.schedule.ScheduledProject.ProblemTask;
import org.sextant.schedule.ScheduledProject.ScheduledLink;
import org.sextant.schedule.ScheduledProject.ScheduledTask;
import org.sextant.schedule.ScheduledProject.State;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores scheduling results ({@code task_schedule}, {@code schedule_state}) and reads them back.
 * Writing results also sets each task's planned start and finish to the scheduled ones, without
 * bumping the task's version: they are derived data, recomputed after every change (ADR 0007).
 */
@Service
@Transactional(readOnly = true)
class JdbcScheduleResults implements ScheduleResults {

    private static final int MINUTES_PER_DAY = 480;
    private static final int MAX_PROBLEM_TASKS = 25;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final JsonMapper json;

    JdbcScheduleResults(JdbcClient jdbc, ProjectAccess access, JsonMapper json) {
        this.jdbc = jdbc;
        this.access = access;
        this.json = json;
    }

    /** Stores a computed schedule and clears the stale flag; returns the ids of tasks whose planned dates moved. */
    @Transactional
    Set<Long> save(ProjectId project, List<Task> tasks, Schedule schedule) {
        List<Object[]> rows = new ArrayList<>(tasks.size());
        List<Object[]> moved = new ArrayList<>();
        Set<Long> movedIds = new HashSet<>();
        List<ProblemTask> conflicts = new ArrayList<>();
        Map<String, Task> byKey = new HashMap<>();
        tasks.forEach(t -> byKey.put("t" + t.id().value(), t));
        LocalDateTime start = null;
        LocalDateTime finish = null;
        int critical = 0;
        List<Map.Entry<Long, ProblemTask>> negative = new ArrayList<>();
        for (Task task : tasks) {
            ActivitySchedule s = schedule.activity("t" + task.id().value()).orElseThrow();
            String driving = s.drivingPredecessors().stream().map(k -> k.substring(1)).collect(Collectors.joining(",", "{", "}"));
            rows.add(new Object[] {task.id().value(), project.value(), s.earlyStart(), s.earlyFinish(), s.lateStart(),
                    s.lateFinish(), s.totalFloatMinutes(), s.freeFloatMinutes(), s.critical(), driving});
            if (!Objects.equals(task.plannedStart(), s.start()) || !Objects.equals(task.plannedFinish(), s.finish())) {
                moved.add(new Object[] {s.start(), s.finish(), task.id().value()});
                movedIds.add(task.id().value());
            }
            start = start == null || s.start().isBefore(start) ? s.start() : start;
            finish = finish == null || s.finish().isAfter(finish) ? s.finish() : finish;
            critical += s.critical() && task.kind() != TaskKind.SUMMARY ? 1 : 0;
            if (s.totalFloatMinutes() < 0 && task.kind() != TaskKind.SUMMARY) {
                negative.add(Map.entry(s.totalFloatMinutes(), new ProblemTask(task.id(), task.name(), conflict(task, s, byKey))));
            }
        }
        jdbc.sql("delete from task_schedule where project_id = ?").param(project.value()).update();
        inChunks("""
                insert into task_schedule (task_id, project_id, early_start, early_finish, late_start, late_finish,
                    total_float_minutes, free_float_minutes, critical, driving_predecessor_ids)
                values %s""", "(?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as bigint[]))", rows);
        inChunks("""
                update wbs_task set planned_start = v.planned_start, planned_finish = v.planned_finish
                from (values %s) v (planned_start, planned_finish, id) where wbs_task.id = v.id""",
                "(cast(? as timestamp), cast(? as timestamp), cast(? as bigint))", moved);
        negative.sort(Map.Entry.comparingByKey());
        negative.stream().limit(MAX_PROBLEM_TASKS).forEach(e -> conflicts.add(e.getValue()));
        Problem problem = conflicts.isEmpty() ? null : new Problem(ProblemKind.CONFLICT,
                negative.size() + (negative.size() == 1 ? " task cannot meet" : " tasks cannot meet")
                        + " its constraint or deadline: its predecessors push it past the date (negative total float).",
                "Move or relax the constraint or deadline, shorten the driving predecessors, or let them overlap "
                        + "(start-to-start links, leads); the tasks below show by how much they are late.",
                conflicts);
        jdbc.sql("""
                insert into schedule_state (project_id, stale, stale_tx, stale_since, scheduled_at, start_at, finish_at,
                    critical_tasks, problem)
                values (:project, false, null, null, now(), :start, :finish, :critical, cast(:problem as jsonb))
                on conflict (project_id) do update set stale = false, stale_tx = null, stale_since = null,
                    scheduled_at = now(), start_at = excluded.start_at, finish_at = excluded.finish_at,
                    critical_tasks = excluded.critical_tasks, problem = excluded.problem""")
                .param("project", project.value()).param("start", start).param("finish", finish)
                .param("critical", critical).param("problem", problem == null ? null : json.writeValueAsString(problem))
                .update();
        return movedIds;
    }

    /**
     * Runs {@code sql} once per chunk of up to 1,000 rows, its {@code %s} replaced by one {@code tuple}
     * per row: a project's thousands of results in a few statements instead of a statement per row.
     */
    private void inChunks(String sql, String tuple, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            List<Object> args = new ArrayList<>(chunk.size() * chunk.get(0).length);
            chunk.forEach(row -> args.addAll(Arrays.asList(row)));
            jdbc.sql(sql.formatted(String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple))))
                    .params(args).update();
        }
    }

    /**
     * Records a loop: the last dates stay, marked stale, with the loop's tasks. Each step of the loop is
     * a link, possibly to or from a summary (a summary's link holds back every task under it), or a task
     * rolling up into its summary; the message names the summaries that close the loop.
     */
    @Transactional
    void saveCycle(ProjectId project, Map<String, Task> byKey, CycleDetected cycle) {
        Map<Long, Task> byId = new HashMap<>();
        byKey.values().forEach(t -> byId.put(t.id().value(), t));
        List<long[]> links = jdbc.sql("select predecessor_id, successor_id from " + TaskLinks.VIEW + " where project_id = ?")
                .param(project.value()).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        Map<Long, ProblemTask> involved = new LinkedHashMap<>();
        List<String> ids = cycle.activityIds();
        StringBuilder chain = new StringBuilder();
        boolean viaSummary = false;
        for (int i = 0; i < ids.size(); i++) {
            Task from = byKey.get(ids.get(i));
            Task to = byKey.get(ids.get((i + 1) % ids.size()));
            involved.putIfAbsent(from.id().value(), new ProblemTask(from.id(), from.name(), null));
            if (i == 0) {
                chain.append('\'').append(from.name()).append('\'');
            }
            chain.append(" → '").append(to.name()).append('\'');
            if (ancestors(from, byId).contains(to.id().value())) {
                chain.append(" (of which '").append(from.name()).append("' is part)");
                continue;
            }
            Set<Long> fromSide = ancestors(from, byId);
            fromSide.add(from.id().value());
            Set<Long> toSide = ancestors(to, byId);
            toSide.add(to.id().value());
            for (long[] link : links) {
                if (fromSide.contains(link[0]) && toSide.contains(link[1])
                        && (link[0] != from.id().value() || link[1] != to.id().value())) {
                    Task a = byId.get(link[0]);
                    Task b = byId.get(link[1]);
                    chain.append(" (through the link '").append(a.name()).append("' → '").append(b.name()).append("')");
                    for (Task summary : List.of(a, b)) {
                        if (summary.kind() == TaskKind.SUMMARY) {
                            viaSummary = true;
                            involved.put(summary.id().value(), new ProblemTask(summary.id(), summary.name(),
                                    "summary task: a link to it holds back every task under it, including those in this loop"));
                        }
                    }
                    break;
                }
            }
        }
        saveProblem(project, new Problem(ProblemKind.CYCLE,
                "The dependencies form a loop: " + chain + ". Each task waits for the one before it, so none can start.",
                "Remove or reverse one of the links between these tasks"
                        + (viaSummary ? ", or link the summary's sub-tasks instead of the summary." : "."),
                List.copyOf(involved.values())));
    }

    private static Set<Long> ancestors(Task task, Map<Long, Task> byId) {
        Set<Long> result = new HashSet<>();
        Task current = task;
        while (current.parentId() != null && result.add(current.parentId().value())) {
            current = byId.get(current.parentId().value());
            if (current == null) {
                break;
            }
        }
        return result;
    }

    /** Records that the engine refused the input. */
    @Transactional
    void saveInvalid(ProjectId project, String message) {
        saveProblem(project, new Problem(ProblemKind.INVALID, message,
                "Correct the task or calendar named in the message; the project is rescheduled after the change.",
                List.of()));
    }

    private void saveProblem(ProjectId project, Problem problem) {
        jdbc.sql("""
                insert into schedule_state (project_id, stale, stale_tx, stale_since, problem)
                values (:project, true, txid_current(), now(), cast(:problem as jsonb))
                on conflict (project_id) do update set stale = true, stale_tx = excluded.stale_tx,
                    stale_since = coalesce(schedule_state.stale_since, now()), problem = excluded.problem""")
                .param("project", project.value()).param("problem", json.writeValueAsString(problem)).update();
    }

    @Override
    public ScheduledProject get(ProjectId project) {
        access.requireRead(project);
        State state = jdbc.sql("select * from schedule_state where project_id = ?").param(project.value())
                .query(this::state).optional()
                .orElse(new State(false, false, null, null, null, null, 0, null));
        List<ScheduledTask> tasks = wbsOrder(jdbc.sql("""
                select t.id, t.parent_id, t.wbs_code, t.name, t.kind, t.percent_complete, t.planned_start, t.planned_finish,
                    s.early_start, s.early_finish, s.late_start, s.late_finish, s.total_float_minutes,
                    s.free_float_minutes, coalesce(s.critical, false) as critical, s.driving_predecessor_ids
                from wbs_task t left join task_schedule s on s.task_id = t.id
                where t.project_id = ? order by t.sort_order, t.id""").param(project.value())
                .query(JdbcScheduleResults::task).list());
        Map<Long, Set<Long>> driving = new HashMap<>();
        tasks.forEach(t -> driving.put(t.taskId().value(),
                t.drivingPredecessorIds().stream().map(TaskId::value).collect(Collectors.toSet())));
        List<ScheduledLink> links = jdbc.sql("select * from " + TaskLinks.VIEW
                        + " where project_id = ? and predecessor_project_id = ? order by id")
                .params(project.value(), project.value()).query(TaskLinks::map).list().stream()
                .map(d -> link(d, driving)).toList();
        return new ScheduledProject(project, state, tasks, links);
    }

    private static ScheduledLink link(Dependency d, Map<Long, Set<Long>> driving) {
        return new ScheduledLink(d.id(), d.predecessorId(), d.successorId(), d.type(), d.lagMinutes(),
                driving.getOrDefault(d.successorId().value(), Set.of()).contains(d.predecessorId().value()));
    }

    private State state(ResultSet rs, int row) throws SQLException {
        String problem = rs.getString("problem");
        return new State(rs.getTimestamp("scheduled_at") != null, rs.getBoolean("stale"), instant(rs, "stale_since"),
                instant(rs, "scheduled_at"), time(rs, "start_at"), time(rs, "finish_at"), rs.getInt("critical_tasks"),
                problem == null ? null : json.readValue(problem, Problem.class));
    }

    private static ScheduledTask task(ResultSet rs, int row) throws SQLException {
        Long parent = rs.getObject("parent_id", Long.class);
        java.sql.Array array = rs.getArray("driving_predecessor_ids");
        List<TaskId> driving = array == null ? List.of()
                : Arrays.stream((Long[]) array.getArray()).map(TaskId::of).toList();
        return new ScheduledTask(TaskId.of(rs.getLong("id")), parent == null ? null : TaskId.of(parent),
                rs.getString("wbs_code"), rs.getString("name"), TaskKind.valueOf(rs.getString("kind")), 0,
                rs.getInt("percent_complete"), time(rs, "planned_start"), time(rs, "planned_finish"),
                time(rs, "early_start"), time(rs, "early_finish"), time(rs, "late_start"), time(rs, "late_finish"),
                rs.getObject("total_float_minutes", Long.class), rs.getObject("free_float_minutes", Long.class),
                rs.getBoolean("critical"), driving);
    }

    /** Parents before their children, siblings in sort order, with each task's depth. */
    private static List<ScheduledTask> wbsOrder(List<ScheduledTask> tasks) {
        Map<Long, List<ScheduledTask>> children = new LinkedHashMap<>();
        Set<Long> ids = tasks.stream().map(t -> t.taskId().value()).collect(Collectors.toSet());
        for (ScheduledTask t : tasks) {
            long parent = t.parentId() == null || !ids.contains(t.parentId().value()) ? 0 : t.parentId().value();
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(t);
        }
        List<ScheduledTask> ordered = new ArrayList<>(tasks.size());
        addChildren(0, 0, children, ordered);
        return ordered;
    }

    private static void addChildren(long parent, int depth, Map<Long, List<ScheduledTask>> children,
            List<ScheduledTask> into) {
        for (ScheduledTask t : children.getOrDefault(parent, List.of())) {
            into.add(new ScheduledTask(t.taskId(), t.parentId(), t.wbsCode(), t.name(), t.kind(), depth,
                    t.percentComplete(), t.start(), t.finish(), t.earlyStart(), t.earlyFinish(), t.lateStart(),
                    t.lateFinish(), t.totalFloatMinutes(), t.freeFloatMinutes(), t.critical(), t.drivingPredecessorIds()));
            if (depth < 50) {
                addChildren(t.taskId().value(), depth + 1, children, into);
            }
        }
    }

    private static String conflict(Task task, ActivitySchedule s, Map<String, Task> byKey) {
        String late = String.format("%.1f working days late", -s.totalFloatMinutes() / (double) MINUTES_PER_DAY);
        String bound = task.constraintType().needsDate()
                ? "constraint " + task.constraintType() + " " + task.constraintDate().format(DATE)
                : task.deadline() != null ? "deadline " + task.deadline().format(DATE) : "a successor's constraint or deadline";
        String predecessors = s.drivingPredecessors().isEmpty() ? ""
                : "; driven by " + s.drivingPredecessors().stream().map(byKey::get).filter(Objects::nonNull)
                        .map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));
        return late + " for " + bound + " (early finish " + s.earlyFinish().format(DATE) + ")" + predecessors;
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

}
