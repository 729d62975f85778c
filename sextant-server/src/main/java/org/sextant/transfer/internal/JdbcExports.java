package org.sextant.transfer.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sextant.interchange.model.AssignmentData;
import org.sextant.interchange.model.CalendarData;
import org.sextant.interchange.model.LinkData;
import org.sextant.interchange.model.ProjectData;
import org.sextant.interchange.model.ResourceData;
import org.sextant.interchange.model.TaskData;
import org.sextant.interchange.write.ExportFormat;
import org.sextant.interchange.write.InterchangeWriter;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.resource.AssignmentImport;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.Calendars;
import org.sextant.schedule.Dependencies;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.Task;
import org.sextant.schedule.Tasks;
import org.sextant.schedule.WorkCalendar;
import org.sextant.transfer.Exports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Exports}: reads a project through the features' APIs into the interchange model and writes it. */
@Service
@Transactional(readOnly = true)
class JdbcExports implements Exports {

    private final Projects projects;
    private final Tasks tasks;
    private final Dependencies dependencies;
    private final Calendars calendars;
    private final Resources resources;
    private final AssignmentImport assignments;
    private final TaskDetails details;

    JdbcExports(Projects projects, Tasks tasks, Dependencies dependencies, Calendars calendars, Resources resources,
            AssignmentImport assignments, TaskDetails details) {
        this.projects = projects;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.calendars = calendars;
        this.resources = resources;
        this.assignments = assignments;
        this.details = details;
    }

    @Override
    public String fileName(ProjectId project, ExportFormat format) {
        Project p = projects.get(project);
        String base = p.code().replaceAll("[^A-Za-z0-9._-]+", "_");
        return base + (format == ExportFormat.PMXML ? "-p6.xml" : "." + format.extension());
    }

    @Override
    public void export(ProjectId project, ExportFormat format, OutputStream out) throws IOException {
        new InterchangeWriter().write(model(project), format, out);
    }

    ProjectData model(ProjectId id) {
        Project project = projects.get(id);
        List<Task> all = tasks.all(id);
        Map<Long, TaskDetails.Row> extra = details.load(id.value());
        Set<Long> own = all.stream().map(t -> t.id().value()).collect(Collectors.toSet());
        Map<Long, WorkCalendar> used = new LinkedHashMap<>();
        if (project.calendarId() != null) {
            addCalendar(CalendarId.of(project.calendarId()), used);
        }
        List<TaskData> taskData = new ArrayList<>();
        for (Task task : all) {
            if (task.calendarId() != null) {
                addCalendar(task.calendarId(), used);
            }
            TaskDetails.Row row = extra.get(task.id().value());
            TaskData.Kind kind = switch (task.kind()) {
                case SUMMARY -> TaskData.Kind.SUMMARY;
                case MILESTONE -> TaskData.Kind.MILESTONE;
                case TASK -> TaskData.Kind.TASK;
            };
            taskData.add(new TaskData(String.valueOf(task.id().value()),
                    task.parentId() == null ? null : String.valueOf(task.parentId().value()), task.wbsCode(), task.name(),
                    kind, task.durationMinutes(), task.workMinutes(), task.plannedStart(), task.plannedFinish(),
                    task.percentComplete(), task.actualStart(), task.actualFinish(),
                    Math.round(task.durationMinutes() * (100 - task.percentComplete()) / 100.0),
                    TaskData.Constraint.valueOf(task.constraintType().name()), task.constraintDate(), task.deadline(),
                    task.calendarId() == null ? null : String.valueOf(task.calendarId().value()), task.priority(),
                    row == null ? null : row.cost(), task.notes(), row == null ? List.of() : row.baselines(),
                    row == null ? Map.of() : row.attributes()));
        }
        List<LinkData> links = new ArrayList<>();
        for (Dependency d : dependencies.all(id)) {
            if (own.contains(d.predecessorId().value()) && own.contains(d.successorId().value())) {
                links.add(new LinkData(String.valueOf(d.predecessorId().value()), String.valueOf(d.successorId().value()),
                        LinkData.Type.valueOf(d.type().name()), d.lagMinutes(), d.lagFormat() == Dependency.LagFormat.ELAPSED));
            }
        }
        List<AssignmentData> assignmentData = new ArrayList<>();
        Map<Long, ResourceData> resourceData = new LinkedHashMap<>();
        for (AssignmentImport.Costed costed : assignments.allWithCosts(id)) {
            var a = costed.assignment();
            assignmentData.add(new AssignmentData(String.valueOf(a.taskId().value()), String.valueOf(a.resourceId().value()),
                    a.units(), a.workMinutes(), a.actualWorkMinutes(), costed.plannedCost(), costed.actualCost()));
            resourceData.computeIfAbsent(a.resourceId().value(), r -> resources.find(a.resourceId()).map(res -> {
                if (res.calendarId() != null) {
                    addCalendar(res.calendarId(), used);
                }
                return resource(res);
            }).orElse(null));
        }
        List<CalendarData> calendarData = used.values().stream().map(JdbcExports::calendar).toList();
        return new ProjectData(String.valueOf(id.value()), project.code(), project.name(),
                project.plannedStart() == null ? null : project.plannedStart().atStartOfDay(),
                project.plannedFinish() == null ? null : project.plannedFinish().atTime(17, 0),
                project.statusDate() == null ? null : project.statusDate().atTime(17, 0), project.currency(),
                project.calendarId() == null ? null : String.valueOf(project.calendarId()), calendarData, taskData, links,
                resourceData.values().stream().filter(r -> r != null).toList(), assignmentData);
    }

    private void addCalendar(CalendarId id, Map<Long, WorkCalendar> used) {
        if (used.containsKey(id.value())) {
            return;
        }
        calendars.find(id).ifPresent(calendar -> {
            if (calendar.baseCalendarId() != null) {
                addCalendar(calendar.baseCalendarId(), used);
            }
            used.put(id.value(), calendar);
        });
    }

    private static ResourceData resource(Resource r) {
        return new ResourceData(String.valueOf(r.id().value()), r.name(), r.email(),
                r.kind() == ResourceKind.EQUIPMENT ? ResourceData.Kind.MATERIAL : ResourceData.Kind.WORK,
                r.costRate() == null || r.costRate().signum() == 0 ? null : r.costRate(),
                r.maxUnits() == null ? BigDecimal.ONE : r.maxUnits(),
                r.calendarId() == null ? null : String.valueOf(r.calendarId().value()));
    }

    private static CalendarData calendar(WorkCalendar c) {
        Map<java.time.DayOfWeek, List<CalendarData.Interval>> week = new EnumMap<>(java.time.DayOfWeek.class);
        c.workWeek().forEach((day, times) -> week.put(day, times.stream()
                .map(t -> new CalendarData.Interval(t.start(), t.end())).toList()));
        List<CalendarData.Exception> exceptions = c.exceptions().stream()
                .map(e -> new CalendarData.Exception(e.name(), e.start(), e.finish(), e.working()
                        ? e.intervals().stream().map(t -> new CalendarData.Interval(t.start(), t.end())).toList()
                        : List.of()))
                .toList();
        return new CalendarData(String.valueOf(c.id().value()), c.name(),
                c.baseCalendarId() == null ? null : String.valueOf(c.baseCalendarId().value()), week, exceptions,
                c.minutesPerDay());
    }

}
