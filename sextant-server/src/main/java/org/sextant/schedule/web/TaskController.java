package org.sextant.schedule.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.StaleVersionException;
import org.sextant.platform.web.FormErrors;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.schedule.ProjectSchedule;
import org.sextant.schedule.Scheduler;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.sextant.schedule.Tasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The WBS task table of the project page, loaded and edited in place with htmx: each answer is the
 * whole section, or a single row while editing it inline.
 */
@Controller
@RequestMapping("/projects/{projectId}/tasks")
class TaskController {

    /** Tells the page (htmx) that tasks changed, so the dependencies section reloads its task choices. */
    private static final String CHANGED_EVENT = "tasks-changed";
    private static final String CHANGED = "HX-Trigger";

    private static final Map<String, String> FIELDS = Map.of("durationMinutes", "durationDays");

    private final Tasks tasks;
    private final Scheduler scheduler;
    private final ProjectAccess access;

    TaskController(Tasks tasks, Scheduler scheduler, ProjectAccess access) {
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.access = access;
    }

    @GetMapping
    String section(@PathVariable long projectId, Model model) {
        return section(model, ProjectId.of(projectId), TaskForm.empty(), new FormErrors(), null);
    }

    @PostMapping
    String add(@PathVariable long projectId, TaskForm form, Model model, HttpServletResponse response) {
        ProjectId project = ProjectId.of(projectId);
        FormErrors errors = new FormErrors();
        Task.Draft draft = form.toDraft(errors, null);
        if (!errors.any()) {
            try {
                Task created = tasks.create(project, draft);
                response.setHeader(CHANGED, CHANGED_EVENT);
                return section(model, project, TaskForm.empty(), errors, "Added task " + created.name() + ".");
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            }
        }
        return section(model, project, form, errors, null);
    }

    @GetMapping("/{taskId}")
    String row(@PathVariable long projectId, @PathVariable long taskId, Model model) {
        Task task = task(projectId, taskId);
        return row(model, task, false, TaskForm.of(task), new FormErrors());
    }

    @GetMapping("/{taskId}/edit")
    String edit(@PathVariable long projectId, @PathVariable long taskId, Model model) {
        Task task = task(projectId, taskId);
        access.requireEdit(task.projectId());
        return row(model, task, true, TaskForm.of(task), new FormErrors());
    }

    @PostMapping("/{taskId}")
    String update(@PathVariable long projectId, @PathVariable long taskId, TaskForm form, Model model,
            HttpServletResponse response) {
        Task task = task(projectId, taskId);
        FormErrors errors = new FormErrors();
        Task.Draft draft = form.toDraft(errors, task);
        if (!errors.any()) {
            try {
                Task saved = tasks.update(task.id(), form.version() == null ? -1 : form.version(), draft);
                response.setHeader(CHANGED, CHANGED_EVENT);
                return row(model, saved, false, TaskForm.of(saved), errors);
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            } catch (StaleVersionException e) {
                errors.rejectGlobal("Changed by someone else; reload the page and apply your change again.");
            }
        }
        return row(model, task, true, form, errors);
    }

    @PostMapping("/{taskId}/delete")
    String delete(@PathVariable long projectId, @PathVariable long taskId, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean withChildren, Model model, HttpServletResponse response) {
        Task task = task(projectId, taskId);
        tasks.delete(task.id(), version, withChildren);
        response.setHeader(CHANGED, CHANGED_EVENT);
        return section(model, task.projectId(), TaskForm.empty(), new FormErrors(), "Deleted task " + task.name() + ".");
    }

    /** Schedules the project by the critical path method and shows the new dates. */
    @PostMapping("/schedule")
    String schedule(@PathVariable long projectId, Model model) {
        ProjectSchedule schedule = scheduler.schedule(ProjectId.of(projectId));
        long critical = schedule.tasks().stream().filter(ProjectSchedule.TaskSchedule::critical).count();
        model.addAttribute("critical", schedule.tasks().stream().filter(ProjectSchedule.TaskSchedule::critical)
                .map(t -> t.taskId().value()).collect(java.util.stream.Collectors.toSet()));
        return section(model, ProjectId.of(projectId), TaskForm.empty(), new FormErrors(),
                "Scheduled: finish " + (schedule.finish() == null ? "—" : schedule.finish().toLocalDate())
                        + ", " + critical + " critical tasks.");
    }

    private Task task(long projectId, long taskId) {
        Task task = tasks.get(TaskId.of(taskId));
        if (task.projectId().value() != projectId) {
            throw new NotFoundException("Task", taskId);
        }
        return task;
    }

    private String section(Model model, ProjectId project, TaskForm form, FormErrors errors, String success) {
        WbsRows wbs = WbsRows.of(tasks.all(project));
        model.addAttribute("projectId", project.value());
        model.addAttribute("wbs", wbs);
        model.addAttribute("canEdit", access.canEdit(CurrentUsers.require(), project));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", TaskKind.values());
        model.addAttribute("taskSuccess", success);
        if (!model.containsAttribute("critical")) {
            model.addAttribute("critical", java.util.Set.of());
        }
        return "schedule/tasks :: section";
    }

    private String row(Model model, Task task, boolean editing, TaskForm form, FormErrors errors) {
        var all = tasks.all(task.projectId());
        WbsRows wbs = WbsRows.of(all);
        model.addAttribute("projectId", task.projectId().value());
        model.addAttribute("r", wbs.rows().stream().filter(r -> r.task().id().equals(task.id())).findFirst()
                .orElse(new WbsRows.Row(task, 0, "")));
        model.addAttribute("wbs", wbs);
        model.addAttribute("canEdit", access.canEdit(CurrentUsers.require(), task.projectId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", TaskKind.values());
        model.addAttribute("critical", java.util.Set.of());
        return editing ? "schedule/tasks :: editRow" : "schedule/tasks :: row";
    }
}
