package org.sextant.cost.web;

import java.util.List;
import java.util.Locale;
import org.sextant.cost.BudgetLine;
import org.sextant.cost.BudgetLines;
import org.sextant.cost.CostCategory;
import org.sextant.cost.CostOverview;
import org.sextant.cost.CostOverviews;
import org.sextant.cost.EacMethod;
import org.sextant.cost.Expense;
import org.sextant.cost.Expenses;
import org.sextant.cost.SpendType;
import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.PageRequest;
import org.sextant.project.Project;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.sextant.schedule.Tasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's Costs page: budget vs planned vs actual vs forecast at completion by category, capex/opex
 * and month with a chart, the EAC method to forecast with, and the budget lines and expenses, which the
 * project's editors add and remove here.
 */
@Controller
class CostPageController {

    private final Projects projects;
    private final ProjectAccess access;
    private final CostOverviews overviews;
    private final BudgetLines budgetLines;
    private final Expenses expenses;
    private final Tasks tasks;
    private final JsonMapper json;

    CostPageController(Projects projects, ProjectAccess access, CostOverviews overviews, BudgetLines budgetLines,
            Expenses expenses, Tasks tasks, JsonMapper json) {
        this.projects = projects;
        this.access = access;
        this.overviews = overviews;
        this.budgetLines = budgetLines;
        this.expenses = expenses;
        this.tasks = tasks;
        this.json = json;
    }

    @GetMapping("/projects/{id}/costs")
    String costs(@PathVariable long id, @RequestParam(required = false) String eac, Model model) {
        ProjectId projectId = ProjectId.of(id);
        Project project = projects.get(projectId);
        EacMethod method = method(eac);
        CostOverview view = overviews.of(projectId, method);
        List<Task> all = tasks.all(projectId);
        model.addAttribute("project", project);
        model.addAttribute("view", view);
        model.addAttribute("methods", EacMethod.values());
        model.addAttribute("chart", CostChart.option(view, json));
        model.addAttribute("budgetLines", budgetLines.list(projectId, PageRequest.of(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("expenses", expenses.list(projectId, PageRequest.of(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("tasks", all.stream().filter(t -> t.kind() != TaskKind.SUMMARY).toList());
        model.addAttribute("taskNames", all.stream().collect(java.util.stream.Collectors.toMap(t -> t.id().value(),
                Task::name)));
        model.addAttribute("categories", CostCategory.values());
        model.addAttribute("spendTypes", SpendType.values());
        model.addAttribute("canEdit", access.canEdit(CurrentUsers.require(), projectId));
        return "cost/costs";
    }

    @PostMapping("/projects/{id}/costs/budget-lines")
    String addBudgetLine(@PathVariable long id, @RequestParam(required = false) String category,
            @RequestParam(required = false) String spendType, @RequestParam(required = false) String period,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        try {
            BudgetLine line = budgetLines.create(ProjectId.of(id), new BudgetLine.Draft(
                    FormText.choice(CostCategory.class, category, "category"),
                    FormText.choice(SpendType.class, spendType, "spendType"), FormText.month(period, "period"),
                    FormText.amount(amount, "amount"), description));
            redirect.addFlashAttribute("success", "Added a budget line of " + line.amount().toPlainString() + " for "
                    + line.category().label().toLowerCase(Locale.ROOT) + " in " + line.period() + ".");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/projects/" + id + "/costs";
    }

    @PostMapping("/projects/{id}/costs/budget-lines/{line}/delete")
    String deleteBudgetLine(@PathVariable long id, @PathVariable long line, @RequestParam long version,
            RedirectAttributes redirect) {
        requireOfProject(budgetLines.get(line).projectId(), id);
        budgetLines.delete(line, version);
        redirect.addFlashAttribute("success", "Removed the budget line.");
        return "redirect:/projects/" + id + "/costs";
    }

    @PostMapping("/projects/{id}/costs/expenses")
    String addExpense(@PathVariable long id, @RequestParam(required = false) String incurredOn,
            @RequestParam(required = false) Long taskId, @RequestParam(required = false) String category,
            @RequestParam(required = false) String spendType, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String description, RedirectAttributes redirect) {
        try {
            Expense expense = expenses.create(ProjectId.of(id), new Expense.Draft(taskId == null ? null : TaskId.of(taskId),
                    FormText.day(incurredOn, "incurredOn"), FormText.choice(CostCategory.class, category, "category"),
                    FormText.choice(SpendType.class, spendType, "spendType"), FormText.amount(amount, "amount"), description));
            redirect.addFlashAttribute("success", "Recorded an expense of " + expense.amount().toPlainString()
                    + " on " + expense.incurredOn() + ".");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/projects/" + id + "/costs";
    }

    @PostMapping("/projects/{id}/costs/expenses/{expense}/delete")
    String deleteExpense(@PathVariable long id, @PathVariable long expense, @RequestParam long version,
            RedirectAttributes redirect) {
        requireOfProject(expenses.get(expense).projectId(), id);
        expenses.delete(expense, version);
        redirect.addFlashAttribute("success", "Removed the expense.");
        return "redirect:/projects/" + id + "/costs";
    }

    private static void requireOfProject(ProjectId owner, long id) {
        if (owner.value() != id) {
            throw new org.sextant.platform.NotFoundException("Project " + id + " entry", owner.value());
        }
    }

    private static EacMethod method(String eac) {
        try {
            return eac == null || eac.isBlank() ? EacMethod.CPI : EacMethod.valueOf(eac.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return EacMethod.CPI;
        }
    }
}
