package org.sextant.schedule.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.web.FormErrors;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.schedule.Dependencies;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.DependencyId;
import org.sextant.schedule.DependencyType;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.Tasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dependencies section of the project page (htmx): links with either end in the project, add and remove. */
@Controller
@RequestMapping("/projects/{projectId}/dependencies")
class DependencyController {

    private final Dependencies dependencies;
    private final Tasks tasks;
    private final ProjectAccess access;

    DependencyController(Dependencies dependencies, Tasks tasks, ProjectAccess access) {
        this.dependencies = dependencies;
        this.tasks = tasks;
        this.access = access;
    }

    /** A dependency as listed: task names (with the other project's task marked) and lag in days. */
    record Link(Dependency dependency, String predecessor, String successor, boolean crossProject, String lagDays) {
    }

    /** The add form as typed. */
    record LinkForm(String predecessorId, String successorId, String type, String lagDays) {

        static LinkForm empty() {
            return new LinkForm("", "", DependencyType.FS.name(), "0");
        }
    }

    @GetMapping
    String section(@PathVariable long projectId, Model model) {
        return section(model, ProjectId.of(projectId), LinkForm.empty(), new FormErrors());
    }

    @PostMapping
    String add(@PathVariable long projectId, LinkForm form, Model model) {
        ProjectId project = ProjectId.of(projectId);
        FormErrors errors = new FormErrors();
        Long pred = errors.id("predecessorId", form.predecessorId());
        Long succ = errors.id("successorId", form.successorId());
        if (pred == null) {
            errors.reject("predecessorId", "Choose the task this one depends on.");
        }
        if (succ == null) {
            errors.reject("successorId", "Choose the dependent task.");
        }
        DependencyType type = errors.choice("type", form.type(), DependencyType.class);
        BigDecimal lag = errors.decimal("lagDays", form.lagDays());
        if (!errors.any()) {
            try {
                dependencies.create(project, new Dependency.Draft(TaskId.of(pred), TaskId.of(succ),
                        type == null ? DependencyType.FS : type,
                        lag == null ? 0 : lag.multiply(BigDecimal.valueOf(TaskForm.MINUTES_PER_DAY)).longValue(),
                        Dependency.LagFormat.WORKING));
                return section(model, project, LinkForm.empty(), errors);
            } catch (BusinessRuleException e) {
                errors.reject(e, Map.of("lagMinutes", "lagDays"));
            }
        }
        return section(model, project, form, errors);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long projectId, @PathVariable long id, @RequestParam long version, Model model) {
        Dependency dependency = dependencies.get(DependencyId.of(id));
        if (dependency.projectId().value() != projectId) {
            throw new org.sextant.platform.NotFoundException("Dependency", id);
        }
        dependencies.delete(dependency.id(), version);
        return section(model, dependency.projectId(), LinkForm.empty(), new FormErrors());
    }

    private String section(Model model, ProjectId project, LinkForm form, FormErrors errors) {
        List<Task> own = tasks.all(project);
        Map<Long, Task> byId = new java.util.HashMap<>();
        own.forEach(t -> byId.put(t.id().value(), t));
        List<Link> links = dependencies.all(project).stream().map(d -> new Link(d, name(d.predecessorId(), byId),
                name(d.successorId(), byId), !d.projectId().equals(d.predecessorProjectId()),
                TaskForm.days(d.lagMinutes()))).toList();
        model.addAttribute("projectId", project.value());
        model.addAttribute("links", links);
        model.addAttribute("tasks", own);
        model.addAttribute("types", DependencyType.values());
        model.addAttribute("linkForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", access.canEdit(CurrentUsers.require(), project));
        return "schedule/dependencies :: section";
    }

    private String name(TaskId id, Map<Long, Task> own) {
        Task task = own.get(id.value());
        if (task != null) {
            return (task.wbsCode() == null ? "" : task.wbsCode() + " ") + task.name();
        }
        Optional<Task> other = tasks.find(id);
        return other.map(t -> t.name() + " (project " + t.projectId() + ")").orElse("task " + id);
    }
}
