package org.sextant.timesheet.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.web.FormErrors;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.resource.Assignments;
import org.sextant.resource.MyTask;
import org.sextant.timesheet.InvalidHours;
import org.sextant.timesheet.Timesheet;
import org.sextant.timesheet.TimesheetApprovals;
import org.sextant.timesheet.Timesheets;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's week grid: previous and next week, save and submit in place (htmx), a task
 * added from their assignments. A refused save shows the page again with what was typed and each
 * message beside its cell.
 */
@Controller
class TimesheetPageController {

    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(taskId|comment|hours)(?:\\[(\\d)])?");
    private static final Map<String, String> BADGES = Map.of("DRAFT", "text-bg-secondary", "SUBMITTED", "text-bg-info",
            "APPROVED", "text-bg-success", "REJECTED", "text-bg-danger");
    private static final Pattern DAY_FIELD = Pattern.compile("dayTotals\\[(\\d)]");

    private final Timesheets timesheets;
    private final Assignments assignments;
    private final Projects projects;
    private final TimesheetApprovals approvals;

    TimesheetPageController(Timesheets timesheets, Assignments assignments, Projects projects,
            TimesheetApprovals approvals) {
        this.timesheets = timesheets;
        this.approvals = approvals;
        this.assignments = assignments;
        this.projects = projects;
    }

    @GetMapping("/timesheets")
    String week(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            Model model) {
        Timesheet sheet = timesheets.mine(week == null ? LocalDate.now() : week);
        CurrentUser user = CurrentUsers.require();
        boolean canApprove = user.isOrganisationWide() || user.has(Role.PROJECT_MANAGER);
        model.addAttribute("canApprove", canApprove);
        model.addAttribute("awaiting", canApprove ? approvals.awaiting(PageRequest.of(0, 1)).total() : 0);
        model.addAttribute("recent", timesheets.mine(PageRequest.of(0, 8)).items());
        return show(model, sheet, List.of(), List.of(), new FormErrors(), null, "timesheet/week");
    }

    /** Saves ({@code action=save}), saves and submits ({@code submit}) or adds a row without saving ({@code add}). */
    @PostMapping("/timesheets")
    String post(@RequestParam MultiValueMap<String, String> params, Model model) {
        WeekForm form = WeekForm.parse(params);
        LocalDate week;
        try {
            week = LocalDate.parse(String.valueOf(form.week()).trim());
        } catch (java.time.format.DateTimeParseException e) {
            week = LocalDate.now();
        }
        String action = params.getFirst("action") == null ? "save" : params.getFirst("action");
        FormErrors errors = new FormErrors();
        if (action.equals("add")) {
            Long task = errors.id("addTask", params.getFirst("addTask"));
            List<WeekGrid.Extra> extra = task == null ? List.of() : List.of(extra(task));
            return show(model, timesheets.mine(week), form.inputs(), extra, errors, null, "timesheet/week :: grid");
        }
        List<Timesheet.RowDraft> drafts = form.drafts(errors);
        if (errors.any()) {
            return show(model, timesheets.mine(week), form.inputs(), List.of(), errors, null, "timesheet/week :: grid");
        }
        try {
            Timesheet saved = timesheets.save(week, form.version(), drafts);
            if (action.equals("submit")) {
                saved = timesheets.submit(saved.id(), saved.version());
                return show(model, saved, List.of(), List.of(), errors, "Submitted for approval.", "timesheet/week :: grid");
            }
            return show(model, saved, List.of(), List.of(), errors, "Saved.", "timesheet/week :: grid");
        } catch (InvalidHours e) {
            e.problems().forEach(p -> place(errors, form, p.field(), p.message()));
        } catch (BusinessRuleException e) {
            errors.rejectGlobal(e.getMessage());
        }
        return show(model, timesheets.mine(week), form.inputs(), List.of(), errors, null, "timesheet/week :: grid");
    }

    private String show(Model model, Timesheet sheet, List<WeekForm.Input> typed, List<WeekGrid.Extra> extra,
            FormErrors errors, String message, String view) {
        List<MyTask> mine = assignments.mine(null, false, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        WeekGrid grid = WeekGrid.of(sheet, typed, extra, task -> mine.stream().filter(t -> t.taskId().value() == task)
                .findFirst().map(t -> new WeekGrid.Extra(task, code(t.projectId()), t.taskName())).orElse(null));
        List<MyTask> addable = new ArrayList<>();
        for (MyTask t : mine) {
            boolean locked = sheet.part(t.projectId()).map(p -> !p.state().editable()).orElse(false);
            if (!grid.taskIds().contains(t.taskId().value()) && !locked) {
                addable.add(t);
            }
        }
        model.addAttribute("sheet", sheet);
        model.addAttribute("badges", BADGES);
        model.addAttribute("grid", grid);
        model.addAttribute("days", WeekGrid.days(sheet.weekStart()));
        model.addAttribute("addable", addable);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        model.addAttribute("previousWeek", sheet.weekStart().minusWeeks(1));
        model.addAttribute("nextWeek", sheet.weekStart().plusWeeks(1));
        model.addAttribute("thisWeek", Timesheets.weekOf(LocalDate.now()));
        return view;
    }

    private WeekGrid.Extra extra(long task) {
        MyTask t = assignments.mine(null, false, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(m -> m.taskId().value() == task).findFirst()
                .orElseThrow(() -> BusinessRuleException.invalid("addTask", "You are not assigned to task " + task + "."));
        return new WeekGrid.Extra(task, code(t.projectId()), t.taskName());
    }

    private String code(ProjectId project) {
        return projects.find(project).map(Project::code).orElse("");
    }

    /** Puts a service message beside the cell, comment, row or day total it names; else on top. */
    private static void place(FormErrors errors, WeekForm form, String field, String message) {
        Matcher row = ROW_FIELD.matcher(field == null ? "" : field);
        Matcher day = DAY_FIELD.matcher(field == null ? "" : field);
        if (row.matches() && Integer.parseInt(row.group(1)) < form.inputs().size()) {
            long task = form.inputs().get(Integer.parseInt(row.group(1))).taskId();
            switch (row.group(2)) {
                case "hours" -> errors.reject(row.group(3) == null ? "row-" + task : WeekForm.cellId(task,
                        Integer.parseInt(row.group(3))), message);
                case "comment" -> errors.reject("comment-" + task, message);
                default -> errors.reject("row-" + task, message);
            }
        } else if (day.matches()) {
            errors.reject("day-" + day.group(1), message);
        } else {
            errors.rejectGlobal(message);
        }
    }

}
