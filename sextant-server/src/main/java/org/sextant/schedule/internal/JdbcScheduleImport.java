package org.sextant.schedule.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.audit.AuditLog;
import org.sextant.engine.schedule.ActivitySchedule;
import org.sextant.engine.schedule.Schedule;
import org.sextant.platform.BusinessRuleException;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.schedule.ConstraintType;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.DependencyId;
import org.sextant.schedule.DependencyType;
import org.sextant.schedule.ScheduleImport;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ScheduleImport} with ids reserved from the identity sequences, the schedule computed by the
 * engine before anything is written (tasks are inserted with their scheduled dates and the results
 * stored with them, see ADR 0016), and multi-row inserts.
 */
@Service
@Transactional
class JdbcScheduleImport implements ScheduleImport {

    private static final int BATCH = 1000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JdbcScheduleImport.class);

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final AuditLog audit;
    private final EngineScheduler engine;
    private final JdbcScheduleResults results;

    JdbcScheduleImport(JdbcClient jdbc, ProjectAccess access, AuditLog audit, EngineScheduler engine,
            JdbcScheduleResults results) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.engine = engine;
        this.results = results;
    }

    /** What the audit trail records for a bulk write. */
    record Imported(String what, int count) {
    }

    @Override
    public Created createSchedule(ProjectId project, List<NewTask> newTasks, List<NewLink> newLinks) {
        access.requireEdit(project);
        long t0 = System.nanoTime();
        List<Task> tasks = tasks(project, newTasks, reserve("wbs_task", newTasks.size()));
        List<Dependency> links = links(project, tasks, newLinks);
        Schedule schedule = schedule(project, tasks, links);
        if (schedule != null) {
            tasks = withScheduledDates(tasks, schedule);
        }
        long tScheduled = System.nanoTime();
        insert("""
                insert into wbs_task (id, project_id, parent_id, wbs_code, name, kind, sort_order, duration_minutes,
                    work_minutes, planned_start, planned_finish, percent_complete, actual_start, actual_finish,
                    constraint_type, constraint_date, deadline, calendar_id, priority, notes)
                overriding system value""", 20, tasks.stream().map(JdbcScheduleImport::row).toList());
        audit.created("TaskImport", project.value(), project.value(), new Imported("tasks", tasks.size()));
        long tTasks = System.nanoTime();
        insert("insert into dependency (id, predecessor_id, successor_id, type, lag_minutes, lag_format) "
                + "overriding system value", 6, links.stream().map(d -> new Object[] {d.id().value(),
                        d.predecessorId().value(), d.successorId().value(), d.type().name(), d.lagMinutes(),
                        d.lagFormat().name()}).toList());
        audit.created("DependencyImport", project.value(), project.value(), new Imported("dependencies", links.size()));
        long tLinks = System.nanoTime();
        if (schedule != null) {
            // the results of exactly what was just written; this clears the stale mark the inserts set, so
            // the reschedule before commit does not read it all back to compute the same schedule again
            results.save(project, tasks, schedule);
        }
        log.debug("Imported {} tasks and {} links into project {}: ids and schedule {} ms, tasks {} ms, links {} ms, "
                + "results {} ms", tasks.size(), links.size(), project, (tScheduled - t0) / 1_000_000,
                (tTasks - tScheduled) / 1_000_000, (tLinks - tTasks) / 1_000_000, (System.nanoTime() - tLinks) / 1_000_000);
        return new Created(tasks.stream().map(Task::id).toList(), links.size());
    }

    /**
     * The tasks as they will be stored (and read back): kinds settled (a task with children is a
     * summary), text truncated, numbers clamped, times cut to PostgreSQL's microseconds.
     */
    private static List<Task> tasks(ProjectId project, List<NewTask> newTasks, List<Long> ids) {
        boolean[] parents = new boolean[newTasks.size()];
        for (NewTask task : newTasks) {
            if (task.parentIndex() >= 0 && task.parentIndex() < parents.length) {
                parents[task.parentIndex()] = true;
            }
        }
        List<Task> tasks = new ArrayList<>(newTasks.size());
        for (int i = 0; i < newTasks.size(); i++) {
            NewTask task = newTasks.get(i);
            if (task.parentIndex() >= i) {
                throw BusinessRuleException.invalid("parentIndex", "task " + i + " names a parent after it");
            }
            Task.Draft d = task.draft();
            ConstraintType constraint = d.constraintType() == null ? ConstraintType.ASAP : d.constraintType();
            TaskKind kind = parents[i] ? TaskKind.SUMMARY : d.kind() == TaskKind.SUMMARY ? TaskKind.TASK
                    : d.kind() == null ? TaskKind.TASK : d.kind();
            LocalDateTime plannedStart = micros(d.plannedStart());
            LocalDateTime actualStart = micros(d.actualStart());
            tasks.add(new Task(TaskId.of(ids.get(i)), 0, project,
                    task.parentIndex() < 0 ? null : TaskId.of(ids.get(task.parentIndex())),
                    truncate(d.wbsCode(), 50), truncate(d.name() == null || d.name().isBlank() ? "(unnamed)" : d.name(), 300),
                    kind, i + 1, Math.max(0, d.durationMinutes()), Math.max(0, d.workMinutes()), plannedStart,
                    notBefore(micros(d.plannedFinish()), plannedStart), Math.max(0, Math.min(100, d.percentComplete())),
                    actualStart, notBefore(micros(d.actualFinish()), actualStart), constraint,
                    constraint.needsDate() ? micros(d.constraintDate()) : null, micros(d.deadline()), d.calendarId(),
                    Math.max(0, Math.min(1000, d.priority())), d.notes(), null));
        }
        return tasks;
    }

    /**
     * The dependencies as they will be stored, with reserved ids: links of a task to itself and repeats
     * of the same pair dropped; refused when they name a task outside the list or form a loop.
     */
    private List<Dependency> links(ProjectId project, List<Task> tasks, List<NewLink> newLinks) {
        Map<String, NewLink> unique = new LinkedHashMap<>();
        for (NewLink link : newLinks) {
            if (link.predecessorIndex() < 0 || link.predecessorIndex() >= tasks.size() || link.successorIndex() < 0
                    || link.successorIndex() >= tasks.size()) {
                throw BusinessRuleException.invalid("dependencies", "a dependency names a task outside project " + project);
            }
            if (link.predecessorIndex() != link.successorIndex()) {
                unique.putIfAbsent(link.predecessorIndex() + ">" + link.successorIndex(), link);
            }
        }
        List<Long> ids = reserve("dependency", unique.size());
        List<Dependency> links = new ArrayList<>(unique.size());
        for (NewLink link : unique.values()) {
            links.add(new Dependency(DependencyId.of(ids.get(links.size())), 0, tasks.get(link.predecessorIndex()).id(),
                    tasks.get(link.successorIndex()).id(), link.type() == null ? DependencyType.FS : link.type(),
                    link.lagMinutes(), link.lagFormat() == null ? Dependency.LagFormat.WORKING : link.lagFormat(),
                    project, project));
        }
        List<Long> loop = loop(links);
        if (!loop.isEmpty()) {
            Map<Long, String> names = new HashMap<>();
            tasks.forEach(t -> names.put(t.id().value(), t.name()));
            throw BusinessRuleException.invalid("dependencies", "the dependencies form a loop: "
                    + String.join(" → ", loop.stream().map(names::get).toList()));
        }
        return links;
    }

    /**
     * The engine's schedule of the tasks and links about to be written; null when it cannot schedule
     * them (a loop through summaries, a refused input): the file's dates are written then, and the
     * reschedule before commit records the problem as for any other change.
     */
    private Schedule schedule(ProjectId project, List<Task> tasks, List<Dependency> links) {
        try {
            return engine.computeUnstored(project, tasks, links).result() instanceof Schedule schedule ? schedule : null;
        } catch (BusinessRuleException e) {
            return null;
        }
    }

    /** The tasks with the planned start and finish that {@code schedule} gives them. */
    private static List<Task> withScheduledDates(List<Task> tasks, Schedule schedule) {
        List<Task> scheduled = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            ActivitySchedule s = schedule.activity(EngineScheduler.key(t)).orElseThrow();
            scheduled.add(new Task(t.id(), t.version(), t.projectId(), t.parentId(), t.wbsCode(), t.name(), t.kind(),
                    t.sortOrder(), t.durationMinutes(), t.workMinutes(), s.start(), s.finish(), t.percentComplete(),
                    t.actualStart(), t.actualFinish(), t.constraintType(), t.constraintDate(), t.deadline(),
                    t.calendarId(), t.priority(), t.notes(), t.remainingWorkMinutes()));
        }
        return scheduled;
    }

    private static Object[] row(Task t) {
        return new Object[] {t.id().value(), t.projectId().value(), t.parentId() == null ? null : t.parentId().value(),
                t.wbsCode(), t.name(), t.kind().name(), t.sortOrder(), t.durationMinutes(), t.workMinutes(),
                t.plannedStart(), t.plannedFinish(), t.percentComplete(), t.actualStart(), t.actualFinish(),
                t.constraintType().name(), t.constraintDate(), t.deadline(),
                t.calendarId() == null ? null : t.calendarId().value(), t.priority(), t.notes()};
    }

    private static LocalDateTime micros(LocalDateTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }

    private static LocalDateTime notBefore(LocalDateTime time, LocalDateTime floor) {
        return time != null && floor != null && time.isBefore(floor) ? floor : time;
    }

    private static List<Long> loop(Iterable<Dependency> links) {
        Map<Long, List<Long>> next = new HashMap<>();
        for (Dependency d : links) {
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
        // the sequence is looked up once: pg_get_serial_sequence in the select list would run for every row
        String sequence = jdbc.sql("select pg_get_serial_sequence(?, 'id')").param(table).query(String.class).single();
        return jdbc.sql("select nextval(cast(? as regclass)) from generate_series(1, ?)")
                .params(sequence, count).query(Long.class).list();
    }

    /**
     * Inserts rows with multi-row {@code VALUES} statements (far fewer round trips and statement
     * executions than a JDBC batch without the driver's rewrite option). {@code head} ends before
     * {@code values}; every row has {@code columns} values.
     */
    private void insert(String head, int columns, List<Object[]> rows) {
        int perStatement = Math.max(1, Math.min(BATCH, 30_000 / columns));
        String tuple = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            Object[] args = new Object[chunk.size() * columns];
            for (int i = 0; i < chunk.size(); i++) {
                System.arraycopy(chunk.get(i), 0, args, i * columns, columns);
            }
            String sql = head + " values " + String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple));
            jdbc.sql(sql).params(args).update();
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
