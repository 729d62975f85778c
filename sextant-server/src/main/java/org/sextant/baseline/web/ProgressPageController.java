package org.sextant.baseline.web;

import java.time.LocalDate;
import java.util.Map;
import org.sextant.baseline.ProgressBoard;
import org.sextant.baseline.ProgressHistory;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.StaleVersionException;
import org.sextant.platform.web.FormErrors;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.Tasks;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The progress page of a project: its status date, and per leaf task the percent complete, actual
 * start and finish and remaining work, edited in place with htmx by the project's editors and by team
 * members on their own tasks (the schedule feature enforces that on every write); each task's history
 * opens beside it.
 */
@Controller
@RequestMapping("/projects/{projectId}/progress")
class ProgressPageController {

    private static final int PAGE_SIZE = 200;
    private static final Map<String, String> FIELDS = Map.of("remainingWorkMinutes", "remainingWorkHours");

    private final ProgressBoard board;
    private final ProgressHistory history;
    private final Projects projects;
    private final Tasks tasks;

    ProgressPageController(ProgressBoard board, ProgressHistory history, Projects projects, Tasks tasks) {
        this.board = board;
        this.history = history;
        this.projects = projects;
        this.tasks = tasks;
    }

    @GetMapping
    String page(@PathVariable long projectId, @RequestParam(defaultValue = "0") int page, Model model) {
        return page(ProjectId.of(projectId), page, new FormErrors(), null, model);
    }

    @PostMapping("/status-date")
    String statusDate(@PathVariable long projectId, @RequestParam(required = false) String statusDate,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        ProjectId project = ProjectId.of(projectId);
        FormErrors errors = new FormErrors();
        LocalDate date = errors.date("statusDate", FormErrors.text(statusDate));
        if (!errors.any()) {
            try {
                board.setStatusDate(project, version, date);
                redirect.addFlashAttribute("success", date == null ? "Cleared the status date."
                        : "Status date set to " + date + ".");
                return "redirect:/projects/" + projectId + "/progress";
            } catch (BusinessRuleException e) {
                errors.reject(e, Map.of());
            } catch (StaleVersionException e) {
                errors.reject("statusDate", "The project was changed by someone else meanwhile; reload and try again.");
            }
        }
        return page(project, 0, errors, statusDate, model);
    }

    @GetMapping("/tasks/{taskId}")
    String row(@PathVariable long projectId, @PathVariable long taskId, Model model) {
        ProgressBoard.Row row = row(projectId, taskId);
        return row(model, projectId, row, false, ProgressForm.of(row), new FormErrors());
    }

    @GetMapping("/tasks/{taskId}/edit")
    String edit(@PathVariable long projectId, @PathVariable long taskId, Model model) {
        ProgressBoard.Row row = row(projectId, taskId);
        if (!row.editable()) {
            throw new AccessDeniedException("You may report progress only on tasks you are assigned to.");
        }
        return row(model, projectId, row, true, ProgressForm.of(row), new FormErrors());
    }

    @PostMapping("/tasks/{taskId}")
    String save(@PathVariable long projectId, @PathVariable long taskId, ProgressForm form, Model model) {
        ProgressBoard.Row row = row(projectId, taskId);
        FormErrors errors = new FormErrors();
        Task.Progress progress = form.toProgress(errors);
        if (!errors.any()) {
            try {
                tasks.updateProgress(row.taskId(), form.version() == null ? -1 : form.version(), progress);
                ProgressBoard.Row saved = board.row(row.taskId());
                model.addAttribute("saved", true);
                return row(model, projectId, saved, false, ProgressForm.of(saved), errors);
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            } catch (StaleVersionException e) {
                errors.rejectGlobal("Changed by someone else meanwhile; cancel to see the current values.");
            }
        }
        return row(model, projectId, row, true, form, errors);
    }

    @GetMapping("/tasks/{taskId}/history")
    String history(@PathVariable long projectId, @PathVariable long taskId, Model model) {
        ProgressBoard.Row row = row(projectId, taskId);
        model.addAttribute("r", row);
        model.addAttribute("entries", history.ofTask(row.taskId(), ProgressHistory.Filter.none(), PageRequest.of(0, 50)));
        model.addAttribute("fmt", PlanFormat.INSTANCE);
        return "baseline/progress :: history";
    }

    private ProgressBoard.Row row(long projectId, long taskId) {
        Task task = tasks.get(TaskId.of(taskId));
        if (task.projectId().value() != projectId) {
            throw new NotFoundException("Task", taskId);
        }
        return board.row(task.id());
    }

    private String row(Model model, long projectId, ProgressBoard.Row row, boolean editing, ProgressForm form,
            FormErrors errors) {
        model.addAttribute("projectId", projectId);
        model.addAttribute("r", row);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fmt", PlanFormat.INSTANCE);
        return editing ? "baseline/progress :: editRow" : "baseline/progress :: row";
    }

    private String page(ProjectId projectId, int page, FormErrors errors, String typedDate, Model model) {
        ProgressBoard.Board b = board.board(projectId, PageRequest.of(page, PAGE_SIZE));
        model.addAttribute("project", projects.get(projectId));
        model.addAttribute("projectId", projectId.value());
        model.addAttribute("board", b);
        model.addAttribute("statusDateValue", typedDate != null ? typedDate
                : b.statusDate() == null ? "" : b.statusDate().toString());
        model.addAttribute("errors", errors);
        model.addAttribute("fmt", PlanFormat.INSTANCE);
        return "baseline/progress";
    }
}
