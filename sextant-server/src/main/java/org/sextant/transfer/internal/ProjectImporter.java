package org.sextant.transfer.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.interchange.model.AssignmentData;
import org.sextant.interchange.model.CalendarData;
import org.sextant.interchange.model.InterchangeFile;
import org.sextant.interchange.model.LinkData;
import org.sextant.interchange.model.ProjectData;
import org.sextant.interchange.model.ResourceData;
import org.sextant.interchange.model.TaskData;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.portfolio.Portfolio;
import org.sextant.portfolio.PortfolioId;
import org.sextant.portfolio.Portfolios;
import org.sextant.program.Program;
import org.sextant.program.ProgramId;
import org.sextant.program.Programs;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import org.sextant.project.ProjectStatus;
import org.sextant.project.Projects;
import org.sextant.resource.Assignment;
import org.sextant.resource.AssignmentImport;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.Calendars;
import org.sextant.schedule.ConstraintType;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.DependencyType;
import org.sextant.schedule.ScheduleImport;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.sextant.schedule.WorkCalendar;
import org.sextant.transfer.ImportOptions;
import org.sextant.platform.BusinessRuleException;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link InterchangeFile} into Sextant through the features' public APIs: a project per
 * file project (inside a new program when there are several), calendars (created by the PMO, matched
 * by name otherwise), resources matched by e-mail or name (created by the PMO), then tasks,
 * dependencies and assignments in bulk. Runs inside the caller's transaction.
 */
@Component
class ProjectImporter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProjectImporter.class);

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private final Projects projects;
    private final Programs programs;
    private final Portfolios portfolios;
    private final Calendars calendars;
    private final Resources resources;
    private final ScheduleImport schedule;
    private final AssignmentImport assignments;
    private final TaskDetails details;

    ProjectImporter(Projects projects, Programs programs, Portfolios portfolios, Calendars calendars,
            Resources resources, ScheduleImport schedule, AssignmentImport assignments, TaskDetails details) {
        this.projects = projects;
        this.programs = programs;
        this.portfolios = portfolios;
        this.calendars = calendars;
        this.resources = resources;
        this.schedule = schedule;
        this.assignments = assignments;
        this.details = details;
    }

    /** What was created. */
    record Result(List<Long> projectIds, Long programId, List<String> notes) {
    }

    Result importFile(InterchangeFile file, String fileName, long jobId, ImportOptions options, IntConsumer progress) {
        CurrentUser user = CurrentUsers.require();
        PortfolioId portfolio = options.portfolioId() != null ? options.portfolioId()
                : portfolios.all().stream().findFirst().map(Portfolio::id).orElseThrow(() ->
                        BusinessRuleException.invalid("portfolioId", "there is no portfolio to import into"));
        String baseCode = options.code() != null && !options.code().isBlank() ? options.code().strip()
                : code(fileName, jobId);
        List<String> notes = new ArrayList<>();
        ProgramId program = null;
        if (file.projects().size() > 1) {
            LocalDate start = file.projects().stream().map(ProjectData::start).filter(d -> d != null)
                    .map(LocalDateTime::toLocalDate).min(LocalDate::compareTo).orElse(LocalDate.now());
            LocalDate finish = file.projects().stream().map(ProjectData::finish).filter(d -> d != null)
                    .map(LocalDateTime::toLocalDate).max(LocalDate::compareTo).orElse(start);
            Program created = programs.create(new Program.Draft(portfolio, truncate(stripExtension(fileName), 170) + " (" + baseCode + ")",
                    "Imported from " + fileName, user.id(), null, start, finish.isBefore(start) ? start : finish));
            program = created.id();
        }
        List<Long> ids = new ArrayList<>();
        int total = file.projects().size();
        for (int i = 0; i < total; i++) {
            ProjectData data = file.projects().get(i);
            String code = total == 1 ? baseCode : truncate(baseCode, 26) + "-" + (i + 1);
            int from = i * 100 / total;
            int to = (i + 1) * 100 / total;
            ids.add(importProject(data, code, portfolio, program, user, notes,
                    p -> progress.accept(from + p * (to - from) / 100)));
        }
        return new Result(ids, program == null ? null : program.value(), notes);
    }

    private long importProject(ProjectData data, String code, PortfolioId portfolio, ProgramId program,
            CurrentUser user, List<String> notes, IntConsumer progress) {
        long t0 = System.nanoTime();
        LocalDateTime start = data.start() != null ? data.start() : data.tasks().stream().map(TaskData::start)
                .filter(d -> d != null).min(LocalDateTime::compareTo).orElse(LocalDate.now().atStartOfDay());
        LocalDateTime finish = data.finish() != null ? data.finish() : data.tasks().stream().map(TaskData::finish)
                .filter(d -> d != null).max(LocalDateTime::compareTo).orElse(start);
        if (finish.isBefore(start)) {
            finish = start;
        }
        Map<String, CalendarId> calendarIds = calendars(data, user, notes);
        CalendarId projectCalendar = data.defaultCalendar() == null ? null : calendarIds.get(data.defaultCalendar());
        String currency = data.currency() != null && data.currency().matches("[A-Z]{3}") ? data.currency() : "EUR";
        long tCalendars = System.nanoTime();
        Project project = projects.create(new Project.Draft(code, truncate(data.name() == null || data.name().isBlank()
                ? code : data.name(), 200), null, "Imported from a project file", null, null, null, user.id(),
                portfolio, program, Phase.PLANNING, ProjectStatus.ACTIVE, 500, start.toLocalDate(), finish.toLocalDate(),
                budget(data), BigDecimal.ZERO, currency, projectCalendar == null ? null : projectCalendar.value(),
                data.statusDate() == null ? null : data.statusDate().toLocalDate()));
        progress.accept(10);

        Map<String, Integer> index = new HashMap<>();
        List<ScheduleImport.NewTask> tasks = new ArrayList<>(data.tasks().size());
        for (TaskData task : data.tasks()) {
            Integer parent = task.parentKey() == null ? null : index.get(task.parentKey());
            index.put(task.key(), tasks.size());
            tasks.add(new ScheduleImport.NewTask(parent == null ? -1 : parent, draft(task, calendarIds)));
        }
        List<ScheduleImport.NewLink> links = new ArrayList<>(data.links().size());
        for (LinkData link : data.links()) {
            Integer pred = index.get(link.predecessorKey());
            Integer succ = index.get(link.successorKey());
            if (pred != null && succ != null) {
                links.add(new ScheduleImport.NewLink(pred, succ, DependencyType.valueOf(link.type().name()),
                        link.lagMinutes(), link.elapsed() ? Dependency.LagFormat.ELAPSED : Dependency.LagFormat.WORKING));
            }
        }
        long tProject = System.nanoTime();
        ScheduleImport.Created schedule = this.schedule.createSchedule(project.id(), tasks, links);
        List<TaskId> taskIds = schedule.taskIds();
        int created = schedule.dependencies();
        if (created < links.size()) {
            notes.add((links.size() - created) + " repeated links between the same two tasks were merged");
        }
        progress.accept(70);
        long tLinks = System.nanoTime();

        Map<String, ResourceId> resourceIds = resources(data, user, notes);
        List<AssignmentImport.NewAssignment> newAssignments = new ArrayList<>();
        for (AssignmentData assignment : data.assignments()) {
            Integer task = index.get(assignment.taskKey());
            ResourceId resource = resourceIds.get(assignment.resourceKey());
            if (task != null && resource != null) {
                newAssignments.add(new AssignmentImport.NewAssignment(taskIds.get(task),
                        new Assignment.Draft(resource, assignment.units(), assignment.workMinutes()),
                        assignment.actualWorkMinutes(), assignment.cost(), assignment.actualCost()));
            }
        }
        long tResources = System.nanoTime();
        assignments.createAssignments(project.id(), newAssignments);
        progress.accept(85);
        long tAssignments = System.nanoTime();
        details.save(data.tasks(), taskIds);
        progress.accept(100);
        LOG.info("imported {} ({} tasks, {} links): calendars {} ms, project {} ms, tasks and links (scheduled) {} ms, "
                + "resources {} ms, assignments {} ms, details {} ms", code, taskIds.size(), created,
                ms(t0, tCalendars), ms(tCalendars, tProject), ms(tProject, tLinks),
                ms(tLinks, tResources), ms(tResources, tAssignments), ms(tAssignments, System.nanoTime()));
        return project.id().value();
    }

    /** The cost of the work (non-summary) tasks, as the approved budget. */
    private static BigDecimal budget(ProjectData data) {
        BigDecimal total = BigDecimal.ZERO;
        for (TaskData task : data.tasks()) {
            if (task.kind() != TaskData.Kind.SUMMARY && task.cost() != null && task.cost().signum() > 0) {
                total = total.add(task.cost());
            }
        }
        return total;
    }

    private static Task.Draft draft(TaskData task, Map<String, CalendarId> calendarIds) {
        TaskKind kind = switch (task.kind()) {
            case SUMMARY -> TaskKind.SUMMARY;
            case MILESTONE -> TaskKind.MILESTONE;
            case TASK -> TaskKind.TASK;
        };
        ConstraintType constraint = ConstraintType.valueOf(task.constraint().name());
        return new Task.Draft(null, task.wbs(), task.name(), kind, null, task.durationMinutes(), task.workMinutes(),
                task.start(), task.finish(), (int) Math.round(task.percentComplete()), task.actualStart(),
                task.actualFinish(), constraint, task.constraintDate(), task.deadline(),
                task.calendarKey() == null ? null : calendarIds.get(task.calendarKey()), task.priority(), task.notes());
    }

    private Map<String, CalendarId> calendars(ProjectData data, CurrentUser user, List<String> notes) {
        Map<String, CalendarId> existing = new HashMap<>();
        for (WorkCalendar calendar : calendars.all()) {
            existing.putIfAbsent(calendar.name().toLowerCase(Locale.ROOT), calendar.id());
        }
        Map<String, CalendarId> ids = new HashMap<>();
        for (CalendarData calendar : data.calendars()) {
            String name = truncate(calendar.name(), 200);
            CalendarId match = existing.get(name.toLowerCase(Locale.ROOT));
            if (match != null) {
                ids.put(calendar.key(), match);
            } else if (user.isOrganisationWide()) {
                CalendarId base = calendar.baseKey() == null ? null : ids.get(calendar.baseKey());
                Map<DayOfWeek, List<WorkCalendar.WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
                calendar.week().forEach((day, intervals) -> week.put(day, intervals.stream()
                        .map(i -> new WorkCalendar.WorkingTime(i.start(), i.end())).toList()));
                if (base == null) {
                    for (DayOfWeek day : DayOfWeek.values()) {
                        week.putIfAbsent(day, List.of());
                    }
                }
                List<WorkCalendar.CalendarException> exceptions = calendar.exceptions().stream()
                        .map(e -> new WorkCalendar.CalendarException(truncate(e.name() == null ? "Exception" : e.name(), 200),
                                e.from(), e.to(), e.working(), e.intervals().stream()
                                        .map(i -> new WorkCalendar.WorkingTime(i.start(), i.end())).toList(), null))
                        .toList();
                int perDay = Math.max(1, Math.min(1440, calendar.minutesPerDay()));
                WorkCalendar created = calendars.create(new WorkCalendar.Draft(name, base, week, perDay,
                        Math.min(10080, perDay * 5), 20, exceptions));
                existing.put(name.toLowerCase(Locale.ROOT), created.id());
                ids.put(calendar.key(), created.id());
            } else {
                notes.add("calendar \"" + name + "\" is not in Sextant and only the PMO creates calendars; "
                        + "its tasks use the default calendar");
            }
        }
        return ids;
    }

    private Map<String, ResourceId> resources(ProjectData data, CurrentUser user, List<String> notes) {
        Map<String, ResourceId> byEmail = new HashMap<>();
        Map<String, ResourceId> byName = new HashMap<>();
        int page = 0;
        PageResult<Resource> result;
        do {
            result = resources.list(Resources.Filter.none(), PageRequest.of(page++, PageRequest.MAX_SIZE));
            for (Resource resource : result.items()) {
                if (resource.email() != null) {
                    byEmail.putIfAbsent(resource.email().toLowerCase(Locale.ROOT), resource.id());
                }
                byName.putIfAbsent(resource.name().toLowerCase(Locale.ROOT), resource.id());
            }
        } while (result.items().size() == PageRequest.MAX_SIZE);
        Map<String, ResourceId> ids = new HashMap<>();
        for (ResourceData resource : data.resources()) {
            ResourceId match = resource.email() == null ? null : byEmail.get(resource.email().toLowerCase(Locale.ROOT));
            if (match == null) {
                match = byName.get(truncate(resource.name(), 200).toLowerCase(Locale.ROOT));
            }
            if (match == null && user.isOrganisationWide()) {
                ResourceKind kind = resource.kind() == ResourceData.Kind.WORK ? ResourceKind.PERSON : ResourceKind.EQUIPMENT;
                BigDecimal rate = resource.costPerHour() == null ? BigDecimal.ZERO : resource.costPerHour().max(BigDecimal.ZERO);
                BigDecimal units = resource.maxUnits() == null || resource.maxUnits().signum() <= 0 ? BigDecimal.ONE
                        : resource.maxUnits().min(new BigDecimal("9999"));
                String email = resource.email() != null && resource.email().contains("@") && resource.email().length() <= 254
                        ? resource.email() : null;
                Resource created = resources.create(new Resource.Draft(truncate(resource.name(), 200), kind, email, null,
                        null, List.of(), rate.min(new BigDecimal("9999999999")), data.currency() != null
                                && data.currency().matches("[A-Z]{3}") ? data.currency() : "EUR", units, null, null, null,
                        true));
                match = created.id();
                byName.put(created.name().toLowerCase(Locale.ROOT), match);
            } else if (match == null) {
                notes.add("resource \"" + resource.name() + "\" is not in Sextant and only the PMO creates resources; "
                        + "its assignments were left out");
            }
            if (match != null) {
                ids.put(resource.key(), match);
            }
        }
        return ids;
    }

    static String code(String fileName, long jobId) {
        String base = stripExtension(fileName).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (base.isEmpty()) {
            base = "IMPORT";
        }
        return truncate(base, 18) + "-I" + jobId;
    }

    static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
