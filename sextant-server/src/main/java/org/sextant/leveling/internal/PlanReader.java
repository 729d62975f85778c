package org.sextant.leveling.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarRules;
import org.sextant.leveling.internal.LevelingTranslation.ProjectPlan;
import org.sextant.project.Project;
import org.sextant.resource.Absence;
import org.sextant.resource.Absences;
import org.sextant.resource.Assignment;
import org.sextant.resource.Assignments;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.Resources;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.Calendars;
import org.sextant.schedule.Dependencies;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.EngineCalendars;
import org.sextant.schedule.LevelingStarts;
import org.sextant.schedule.ProjectSchedule;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.Tasks;
import org.springframework.stereotype.Component;

/**
 * Reads what leveling needs through the features' public APIs (so their permission checks apply): the
 * projects' tasks, links and assignments, the unleveled schedule, the resources with their absences and
 * the calendars; and a fingerprint of the plans that tells whether they changed since.
 */
@Component
class PlanReader {

    private final Tasks tasks;
    private final Dependencies dependencies;
    private final Assignments assignments;
    private final Resources resources;
    private final Absences absences;
    private final LevelingStarts levelingStarts;
    private final Calendars calendars;

    PlanReader(Tasks tasks, Dependencies dependencies, Assignments assignments, Resources resources, Absences absences,
            LevelingStarts levelingStarts, Calendars calendars) {
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.assignments = assignments;
        this.resources = resources;
        this.absences = absences;
        this.levelingStarts = levelingStarts;
        this.calendars = calendars;
    }

    /** Everything a leveling run reads, with the fingerprint of the plans at that moment. */
    record Read(List<ProjectPlan> plans, Map<ResourceId, Resource> pool, Map<ResourceId, List<Absence>> absences,
            CalendarRules rules, String gridCalendar, LocalDate origin, String fingerprint) {
    }

    Read read(List<Project> projects) {
        List<ProjectPlan> plans = new ArrayList<>();
        Map<ResourceId, Resource> pool = new HashMap<>();
        StringBuilder fingerprint = new StringBuilder();
        LocalDate origin = null;
        for (Project project : projects) {
            List<Task> own = tasks.all(project.id());
            List<Dependency> links = dependencies.all(project.id());
            List<Assignment> assigned = assignments.ofProject(project.id());
            Map<TaskId, LocalDateTime> unleveled = new HashMap<>();
            if (!own.isEmpty()) {
                for (ProjectSchedule.TaskSchedule t : levelingStarts.preview(project.id(), Map.of()).tasks()) {
                    unleveled.put(t.taskId(), t.earlyStart());
                }
            }
            for (Assignment a : assigned) {
                pool.computeIfAbsent(a.resourceId(), resources::get);
            }
            plans.add(new ProjectPlan(project, own, links, assigned, unleveled));
            fingerprint.append(fingerprint(project, own, links, assigned));
            LocalDate start = project.plannedStart();
            if (start != null && (origin == null || start.isBefore(origin))) {
                origin = start;
            }
        }
        for (ProjectPlan plan : plans) {
            for (LocalDateTime early : plan.unleveledStarts().values()) {
                if (early != null && (origin == null || early.toLocalDate().isBefore(origin))) {
                    origin = early.toLocalDate();
                }
            }
        }
        origin = origin == null ? LocalDate.now() : origin;
        Map<ResourceId, List<Absence>> away = new HashMap<>();
        for (Absence a : absences.overlapping(origin, origin.plusYears(10))) {
            if (pool.containsKey(a.resourceId())) {
                away.computeIfAbsent(a.resourceId(), k -> new ArrayList<>()).add(a);
            }
        }
        List<CalendarDefinition> definitions = new ArrayList<>(calendars.all().stream()
                .map(EngineCalendars::definition).toList());
        definitions.add(CalendarDefinition.standard(EngineCalendars.DEFAULT, List.of()));
        CalendarRules rules = new CalendarRules(definitions);
        String grid = EngineCalendars.DEFAULT;
        if (projects.size() == 1 && projects.get(0).calendarId() != null) {
            String own = EngineCalendars.id(CalendarId.of(projects.get(0).calendarId()));
            grid = rules.contains(own) ? own : grid;
        }
        return new Read(plans, pool, away, rules, grid, origin, digest(fingerprint.toString()));
    }

    /** The fingerprint of the plans as they are now. */
    String fingerprint(List<Project> projects) {
        StringBuilder fingerprint = new StringBuilder();
        for (Project project : projects) {
            fingerprint.append(fingerprint(project, tasks.all(project.id()), dependencies.all(project.id()),
                    assignments.ofProject(project.id())));
        }
        return digest(fingerprint.toString());
    }

    /** What a proposal depends on: the tasks' versions and dates, the links, the assignments, the leveling starts. */
    private String fingerprint(Project project, List<Task> own, List<Dependency> links, List<Assignment> assigned) {
        StringBuilder text = new StringBuilder("P").append(project.id()).append(':').append(project.version());
        own.stream().sorted(Comparator.comparingLong(t -> t.id().value())).forEach(t -> text.append("|T").append(t.id())
                .append(':').append(t.version()).append(':').append(t.durationMinutes()).append(':')
                .append(t.plannedStart()).append(':').append(t.plannedFinish()).append(':').append(t.percentComplete())
                .append(':').append(t.actualStart()).append(':').append(t.constraintType()).append(':')
                .append(t.constraintDate()).append(':').append(t.priority()));
        links.stream().sorted(Comparator.comparingLong(d -> d.id().value())).forEach(d -> text.append("|D")
                .append(d.id().value()).append(':').append(d.version()));
        assigned.stream().sorted(Comparator.comparingLong(a -> a.id().value())).forEach(a -> text.append("|A")
                .append(a.id().value()).append(':').append(a.version()));
        new TreeMap<>(levelingStarts.of(project.id()).entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> e.getKey().value(), e -> e.getValue()))).forEach((task, start) -> text.append("|L").append(task)
                .append(':').append(start));
        return text.toString();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
