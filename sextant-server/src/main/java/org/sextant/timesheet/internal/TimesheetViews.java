package org.sextant.timesheet.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.identity.User;
import org.sextant.identity.UserId;
import org.sextant.identity.Users;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.resource.MyTask;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.Tasks;
import org.sextant.timesheet.Timesheet;
import org.sextant.timesheet.TimesheetId;
import org.sextant.timesheet.TimesheetPart;
import org.sextant.timesheet.TimesheetPartId;
import org.sextant.timesheet.TimesheetState;
import org.springframework.stereotype.Component;

/** Turns stored timesheets into what the API shows: names of tasks, projects and owner, hours and totals. */
@Component
class TimesheetViews {

    private final Tasks tasks;
    private final Projects projects;
    private final Users users;

    TimesheetViews(Tasks tasks, Projects projects, Users users) {
        this.tasks = tasks;
        this.projects = projects;
        this.users = users;
    }

    /**
     * The week as its owner or an approver sees it: the stored rows (by their order) and then, when
     * {@code suggestions} is not empty, an empty row per suggested task not yet on it.
     */
    Timesheet sheet(Optional<Stored> stored, UserId owner, LocalDate weekStart, List<MyTask> suggestions) {
        Lookup names = new Lookup();
        Map<Long, Stored.Part> partOf = new HashMap<>();
        List<Stored.Row> storedRows = new ArrayList<>();
        stored.ifPresent(s -> s.parts().forEach(p -> p.rows().forEach(r -> {
            partOf.put(r.taskId(), p);
            storedRows.add(r);
        })));
        storedRows.sort((a, b) -> Integer.compare(a.sortOrder(), b.sortOrder()));
        List<Timesheet.Row> rows = new ArrayList<>();
        for (Stored.Row r : storedRows) {
            Stored.Part p = partOf.get(r.taskId());
            rows.add(row(names, r, p.projectId(), p.state().editable()));
        }
        for (MyTask task : suggestions) {
            long taskId = task.taskId().value();
            Optional<Stored.Part> part = stored.flatMap(s -> s.partOf(task.projectId().value()));
            boolean locked = part.map(p -> !p.state().editable()).orElse(false);
            if (!partOf.containsKey(taskId) && !locked) {
                rows.add(row(names, new Stored.Row(taskId, 0, null, Collections.nCopies(Timesheet.DAYS, 0)),
                        task.projectId().value(), true));
            }
        }
        List<Timesheet.Part> parts = stored.map(s -> s.parts().stream().map(p -> part(names, p)).toList())
                .orElse(List.of());
        List<Integer> totals = dayTotals(storedRows);
        return new Timesheet(stored.map(s -> TimesheetId.of(s.id())).orElse(null), stored.map(Stored::version).orElse(0L),
                owner, userName(owner), weekStart, state(parts), parts, rows, hours(totals),
                HoursRules.hours(totals.stream().mapToLong(Integer::longValue).sum()));
    }

    /** One project's part of a stored week. */
    TimesheetPart part(Stored sheet, Stored.Part part) {
        Lookup names = new Lookup();
        List<Timesheet.Row> rows = part.rows().stream().map(r -> row(names, r, part.projectId(), part.state().editable()))
                .toList();
        UserId owner = UserId.of(sheet.userId());
        return new TimesheetPart(TimesheetId.of(sheet.id()), sheet.weekStart(), owner, userName(owner), part(names, part), rows,
                hours(dayTotals(part.rows())));
    }

    /** The whole week's state: rejected, then draft, then submitted ask for attention first. */
    static TimesheetState state(List<Timesheet.Part> parts) {
        if (parts.stream().anyMatch(p -> p.state() == TimesheetState.REJECTED)) {
            return TimesheetState.REJECTED;
        }
        if (parts.isEmpty() || parts.stream().anyMatch(p -> p.state() == TimesheetState.DRAFT)) {
            return TimesheetState.DRAFT;
        }
        return parts.stream().allMatch(p -> p.state() == TimesheetState.APPROVED)
                ? TimesheetState.APPROVED : TimesheetState.SUBMITTED;
    }

    private Timesheet.Part part(Lookup names, Stored.Part p) {
        Optional<Project> project = names.project(p.projectId());
        return new Timesheet.Part(TimesheetPartId.of(p.id()), p.version(), ProjectId.of(p.projectId()),
                project.map(Project::code).orElse(null), project.map(Project::name).orElse(null), p.state(),
                p.submittedAt(), p.decidedAt(), p.decidedBy(), p.reason(), HoursRules.hours(p.minutes()));
    }

    private Timesheet.Row row(Lookup names, Stored.Row r, long projectId, boolean editable) {
        Optional<Task> task = tasks.find(TaskId.of(r.taskId()));
        String code = names.project(projectId).map(Project::code).orElse(null);
        return new Timesheet.Row(TaskId.of(r.taskId()), ProjectId.of(projectId), code,
                task.map(Task::name).orElse("Task " + r.taskId()), r.comment(),
                r.minutes().stream().map(m -> HoursRules.hours(m)).toList(), HoursRules.hours(r.total()), editable);
    }

    /** Projects looked up once per view. */
    private final class Lookup {

        private final Map<Long, Optional<Project>> projectsById = new HashMap<>();

        Optional<Project> project(long id) {
            return projectsById.computeIfAbsent(id, k -> projects.find(ProjectId.of(k)));
        }
    }

    private String userName(UserId id) {
        return users.find(id).map(User::displayName).orElse(null);
    }

    private static List<Integer> dayTotals(List<Stored.Row> rows) {
        List<Integer> totals = new ArrayList<>(Collections.nCopies(Timesheet.DAYS, 0));
        for (Stored.Row r : rows) {
            for (int d = 0; d < Timesheet.DAYS; d++) {
                totals.set(d, totals.get(d) + r.minutes().get(d));
            }
        }
        return totals;
    }

    private static List<BigDecimal> hours(List<Integer> minutes) {
        return minutes.stream().map(m -> HoursRules.hours(m)).toList();
    }
}
