package org.sextant.schedule.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sextant.audit.AuditLog;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.schedule.Activity;
import org.sextant.engine.schedule.ActivitySchedule;
import org.sextant.engine.schedule.Constraint;
import org.sextant.engine.schedule.CriticalPathScheduler;
import org.sextant.engine.schedule.CycleDetected;
import org.sextant.engine.schedule.DurationType;
import org.sextant.engine.schedule.Lag;
import org.sextant.engine.schedule.Link;
import org.sextant.engine.schedule.LinkType;
import org.sextant.engine.schedule.Progress;
import org.sextant.engine.schedule.Schedule;
import org.sextant.engine.schedule.ScheduleInput;
import org.sextant.engine.schedule.ScheduleOptions;
import org.sextant.engine.schedule.ScheduleResult;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.NotFoundException;
import org.sextant.project.Project;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.schedule.EngineCalendars;
import org.sextant.project.Projects;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.Calendars;
import org.sextant.schedule.ConstraintType;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.ProjectSchedule;
import org.sextant.schedule.ProjectSchedule.TaskSchedule;
import org.sextant.schedule.Scheduler;
import org.sextant.schedule.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Scheduler} over the engine's {@link CriticalPathScheduler} with MS Project's options. Links
 * from tasks of other projects are not rescheduled: their stored planned dates bound the successor
 * as a "start/finish no earlier than" constraint (when the successor has no constraint of its own).
 */
@Service
class EngineScheduler implements Scheduler {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProjectAccess access;
    private final Projects projects;
    private final Calendars calendars;
    private final JdbcScheduleResults results;

    EngineScheduler(JdbcClient jdbc, AuditLog audit, ProjectAccess access, Projects projects, Calendars calendars,
            JdbcScheduleResults results) {
        this.results = results;
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.projects = projects;
        this.calendars = calendars;
    }

    @Override
    @Transactional
    public ProjectSchedule schedule(ProjectId projectId) {
        access.requireEdit(projectId);
        TaskRows.lockTree(jdbc, projectId);
        Computed computed = compute(projectId);
        return switch (computed.result()) {
            case CycleDetected cycle -> throw BusinessRuleException.invalid("dependencies",
                    "The dependencies form a loop: " + cycle.activityIds().stream()
                            .map(id -> "'" + computed.byKey().get(id).name() + "' (" + computed.byKey().get(id).id() + ")")
                            .collect(Collectors.joining(" → ")));
            case Schedule schedule -> {
                ProjectSchedule stored = store(projectId, computed.tasks(), schedule);
                results.save(projectId, computed.tasks(), schedule);
                yield stored;
            }
        };
    }

    /** The engine's input and result for one project, before anything is stored. */
    record Computed(List<Task> tasks, Map<String, Task> byKey, ScheduleResult result) {
    }

    /**
     * Runs the engine over a project's tasks and links, without checking access or storing anything.
     *
     * @throws BusinessRuleException when the engine refuses the input (e.g. an unknown calendar)
     */
    Computed compute(ProjectId projectId) {
        return compute(projectId, null);
    }

    /**
     * Like {@link #compute(ProjectId)}, with {@code levelingStarts} (task key → earliest start) instead of
     * the stored leveling starts when not null.
     */
    Computed compute(ProjectId projectId, Map<String, LocalDateTime> levelingStarts) {
        Project project = projects.find(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
        List<Task> tasks = jdbc.sql("select * from wbs_task where project_id = ? order by sort_order, id")
                .param(projectId.value()).query(TaskRows::map).list();
        List<Dependency> links = jdbc.sql("select * from " + TaskLinks.VIEW + " where project_id = ?")
                .param(projectId.value()).query(TaskLinks::map).list();
        return compute(project, tasks, links, externalBounds(links, projectId),
                levelingStarts != null ? levelingStarts : storedLevelingStarts(projectId));
    }

    /**
     * Runs the engine over tasks and links that are not stored yet (a bulk import about to write them):
     * all links among the project's own tasks, no leveling starts. The import writes the tasks with the
     * planned dates computed here (updating thousands of rows inserted in the same transaction costs more
     * than inserting them: PostgreSQL checks their foreign keys again) and stores the results (ADR 0016).
     *
     * @throws BusinessRuleException when the engine refuses the input (e.g. an unknown calendar)
     */
    Computed computeUnstored(ProjectId projectId, List<Task> tasks, List<Dependency> links) {
        Project project = projects.find(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
        return compute(project, tasks, links, Map.of(), Map.of());
    }

    private Computed compute(Project project, List<Task> tasks, List<Dependency> links,
            Map<String, LocalDateTime> external, Map<String, LocalDateTime> leveled) {
        ProjectId projectId = project.id();
        Map<String, Task> byKey = new HashMap<>();
        tasks.forEach(t -> byKey.put(key(t), t));

        List<CalendarDefinition> definitions = new ArrayList<>(calendars.all().stream().map(EngineCalendars::definition).toList());
        definitions.add(CalendarDefinition.standard(EngineCalendars.DEFAULT, List.of()));
        String projectCalendar = project.calendarId() == null ? EngineCalendars.DEFAULT
                : EngineCalendars.id(CalendarId.of(project.calendarId()));
        LocalDateTime start = project.plannedStart().atStartOfDay();
        org.sextant.engine.schedule.Project engineProject = new org.sextant.engine.schedule.Project(
                "p" + projectId.value(), start, project.statusDate() == null ? null : project.statusDate().atStartOfDay(),
                projectCalendar, null);

        List<Activity> activities = tasks.stream().map(t -> activity(t, engineProject.id(), external.get(key(t)),
                leveled.get(key(t)))).toList();
        List<Link> engineLinks = links.stream().filter(d -> d.predecessorProjectId().equals(projectId))
                .map(EngineScheduler::link).toList();

        try {
            return new Computed(tasks, byKey, new CriticalPathScheduler().schedule(new ScheduleInput(
                    List.of(engineProject), definitions, activities, engineLinks, ScheduleOptions.microsoftProject())));
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid(null, "The project cannot be scheduled: " + e.getMessage());
        }
    }

    /** The stored leveling starts of a project's tasks, by task key. */
    Map<String, LocalDateTime> storedLevelingStarts(ProjectId projectId) {
        Map<String, LocalDateTime> starts = new HashMap<>();
        jdbc.sql("select id, leveling_start from wbs_task where project_id = ? and leveling_start is not null")
                .param(projectId.value())
                .query(rs -> {
                    starts.put("t" + rs.getLong(1), rs.getObject(2, LocalDateTime.class));
                });
        return starts;
    }

    /** The computed dates of {@code tasks} in {@code schedule}, without storing them. */
    static ProjectSchedule view(ProjectId projectId, List<Task> tasks, Schedule schedule) {
        List<TaskSchedule> result = new ArrayList<>();
        LocalDateTime finish = null;
        LocalDateTime start = null;
        for (Task task : tasks) {
            ActivitySchedule s = schedule.activity(key(task)).orElseThrow();
            result.add(new TaskSchedule(task.id(), task.name(), s.start(), s.finish(), s.earlyStart(), s.earlyFinish(),
                    s.lateStart(), s.lateFinish(), s.totalFloatMinutes(), s.freeFloatMinutes(), s.critical()));
            finish = finish == null || s.finish().isAfter(finish) ? s.finish() : finish;
            start = start == null || s.start().isBefore(start) ? s.start() : start;
        }
        return new ProjectSchedule(projectId, start, finish, result);
    }

    private ProjectSchedule store(ProjectId projectId, List<Task> tasks, Schedule schedule) {
        List<TaskSchedule> result = new ArrayList<>();
        Map<String, Object> changed = new LinkedHashMap<>();
        LocalDateTime finish = null;
        LocalDateTime start = null;
        for (Task task : tasks) {
            ActivitySchedule s = schedule.activity(key(task)).orElseThrow();
            result.add(new TaskSchedule(task.id(), task.name(), s.start(), s.finish(), s.earlyStart(), s.earlyFinish(),
                    s.lateStart(), s.lateFinish(), s.totalFloatMinutes(), s.freeFloatMinutes(), s.critical()));
            finish = finish == null || s.finish().isAfter(finish) ? s.finish() : finish;
            start = start == null || s.start().isBefore(start) ? s.start() : start;
            if (!Objects.equals(task.plannedStart(), s.start()) || !Objects.equals(task.plannedFinish(), s.finish())) {
                jdbc.sql("""
                        update wbs_task set planned_start = ?, planned_finish = ?, version = version + 1, updated_at = now()
                        where id = ?""").params(s.start(), s.finish(), task.id().value()).update();
                changed.put(task.id().toString(), Map.of("name", task.name(),
                        "from", task.plannedStart() + " – " + task.plannedFinish(), "to", s.start() + " – " + s.finish()));
            }
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("tasks", tasks.size());
        event.put("start", start);
        event.put("finish", finish);
        event.put("critical", schedule.criticalCount());
        event.put("changedTasks", changed);
        audit.created("Schedule", projectId, projectId.value(), event);
        return new ProjectSchedule(projectId, start, finish, result);
    }

    /** The earliest date each successor may start (or finish) because of predecessors in other projects. */
    private Map<String, LocalDateTime> externalBounds(List<Dependency> links, ProjectId project) {
        Map<String, LocalDateTime> bounds = new HashMap<>();
        for (Dependency d : links) {
            if (d.predecessorProjectId().equals(project) || (d.type() != org.sextant.schedule.DependencyType.FS
                    && d.type() != org.sextant.schedule.DependencyType.SS)) {
                continue;
            }
            TaskRows.find(jdbc, d.predecessorId()).ifPresent(predecessor -> {
                LocalDateTime bound = d.type() == org.sextant.schedule.DependencyType.FS
                        ? predecessor.plannedFinish() : predecessor.plannedStart();
                if (bound != null) {
                    bounds.merge("t" + d.successorId().value(), bound, (a, b) -> a.isAfter(b) ? a : b);
                }
            });
        }
        return bounds;
    }

    private static Activity activity(Task task, String projectId, LocalDateTime externalBound,
            LocalDateTime levelingStart) {
        Constraint constraint = switch (task.constraintType()) {
            case ASAP -> Constraint.ASAP;
            case ALAP -> new Constraint(org.sextant.engine.schedule.ConstraintType.AS_LATE_AS_POSSIBLE, null);
            case SNET -> dated(org.sextant.engine.schedule.ConstraintType.START_NO_EARLIER_THAN, task);
            case SNLT -> dated(org.sextant.engine.schedule.ConstraintType.START_NO_LATER_THAN, task);
            case FNET -> dated(org.sextant.engine.schedule.ConstraintType.FINISH_NO_EARLIER_THAN, task);
            case FNLT -> dated(org.sextant.engine.schedule.ConstraintType.FINISH_NO_LATER_THAN, task);
            case MSO -> dated(org.sextant.engine.schedule.ConstraintType.MUST_START_ON, task);
            case MFO -> dated(org.sextant.engine.schedule.ConstraintType.MUST_FINISH_ON, task);
        };
        LocalDateTime floor = later(externalBound, levelingStart);
        if (floor != null && task.constraintType() == ConstraintType.ASAP) {
            constraint = new Constraint(org.sextant.engine.schedule.ConstraintType.START_NO_EARLIER_THAN, floor);
        } else if (levelingStart != null && task.constraintType() == ConstraintType.SNET) {
            constraint = new Constraint(org.sextant.engine.schedule.ConstraintType.START_NO_EARLIER_THAN,
                    later(task.constraintDate(), levelingStart));
        }
        Progress progress = task.actualStart() == null ? Progress.NONE
                : new Progress(task.actualStart(), task.actualFinish(), null, (double) task.percentComplete());
        return new Activity(key(task), projectId, task.name(), task.parentId() == null ? null : "t" + task.parentId().value(),
                task.calendarId() == null ? null : EngineCalendars.id(task.calendarId()),
                task.kind() == org.sextant.schedule.TaskKind.MILESTONE ? 0 : task.durationMinutes(),
                DurationType.WORKING, constraint, task.deadline(), progress);
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static Constraint dated(org.sextant.engine.schedule.ConstraintType type, Task task) {
        return new Constraint(type, task.constraintDate());
    }

    private static Link link(Dependency d) {
        LinkType type = switch (d.type()) {
            case FS -> LinkType.FINISH_TO_START;
            case SS -> LinkType.START_TO_START;
            case FF -> LinkType.FINISH_TO_FINISH;
            case SF -> LinkType.START_TO_FINISH;
        };
        Lag lag = d.lagFormat() == Dependency.LagFormat.ELAPSED ? Lag.elapsed(d.lagMinutes()) : Lag.working(d.lagMinutes());
        return new Link("t" + d.predecessorId().value(), "t" + d.successorId().value(), type, lag);
    }

    static String key(Task task) {
        return "t" + task.id().value();
    }
}
