package org.sextant.leveling.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sextant.demo.DemoOrganisationCreated;
import org.sextant.project.Project;
import org.sextant.project.Projects;
import org.sextant.resource.Absence;
import org.sextant.resource.Absences;
import org.sextant.resource.Assignment;
import org.sextant.resource.Assignments;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.sextant.schedule.ConstraintType;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskKind;
import org.sextant.schedule.Tasks;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data for leveling: the demo projects are planned as chains, so one project (the one starting
 * last, untouched by progress) gets a workshop in parallel to its first task, staffed by that task's
 * person — an over-allocation to level. A few people get a vacation, which capacity and leveling count.
 */
@Component
class LevelingDemoData {

    static final String CLASH_TASK = "Vendor workshop (parallel)";

    private final Projects projects;
    private final Tasks tasks;
    private final Assignments assignments;
    private final Resources resources;
    private final Absences absences;

    LevelingDemoData(Projects projects, Tasks tasks, Assignments assignments, Resources resources, Absences absences) {
        this.projects = projects;
        this.tasks = tasks;
        this.assignments = assignments;
        this.resources = resources;
        this.absences = absences;
    }

    @EventListener
    @Order(0)
    void on(DemoOrganisationCreated event) {
        List<Project> byStart = projects.visible().stream()
                .sorted(Comparator.comparing(Project::plannedStart).thenComparing(Project::code).reversed()).toList();
        for (Project project : byStart) {
            if (addClash(project)) {
                break;
            }
        }
        List<Resource> people = resources.list(new Resources.Filter(null, ResourceKind.PERSON, null, null, true),
                org.sextant.platform.PageRequest.of(0, 50)).items();
        for (int i = 0; i < Math.min(3, people.size()); i++) {
            Resource person = people.get(event.random().nextInt(people.size()));
            java.time.LocalDate start = java.time.LocalDate.now().plusWeeks(2 + event.random().nextInt(8))
                    .with(java.time.DayOfWeek.MONDAY);
            absences.create(person.id(), new Absence.Draft(start, start.plusDays(4), null, "Vacation"));
        }
    }

    private boolean addClash(Project project) {
        List<Task> all = tasks.all(project.id());
        if (all.stream().anyMatch(t -> t.actualStart() != null)) {
            return false;
        }
        Optional<Task> first = all.stream().filter(t -> t.kind() == TaskKind.TASK).findFirst();
        if (first.isEmpty()) {
            return false;
        }
        Optional<Assignment> person = assignments.ofProject(project.id()).stream()
                .filter(a -> a.taskId().equals(first.get().id()))
                .filter(a -> resources.get(a.resourceId()).kind() == ResourceKind.PERSON).findFirst();
        if (person.isEmpty()) {
            return false;
        }
        Task task = first.get();
        Task workshop = tasks.create(project.id(), new Task.Draft(task.parentId(), null, CLASH_TASK, TaskKind.TASK,
                task.sortOrder() + 1, task.durationMinutes(), task.durationMinutes(), null, null, 0, null, null,
                ConstraintType.ASAP, null, null, null, 500, "Planned in parallel: level resources to sort it out."));
        assignments.create(workshop.id(), new Assignment.Draft(person.get().resourceId(), BigDecimal.ONE,
                task.durationMinutes()));
        return true;
    }
}
