package org.sextant.baseline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.baseline.Baseline;
import org.sextant.baseline.BaselineComparisons;
import org.sextant.baseline.Baselines;
import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.StaleVersionException;
import org.sextant.platform.web.FormErrors;
import org.sextant.project.Project;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The baselines page of a project: its eleven slots, saving, replacing and clearing them (replacing and
 * clearing ask for confirmation first), and the comparison of the current plan with one of them.
 */
@Controller
@RequestMapping("/projects/{projectId}/baselines")
class BaselinePageController {

    private static final Map<String, String> FIELDS = Map.of("number", "baselineNumber", "name", "baselineName");

    private final Projects projects;
    private final Baselines baselines;
    private final BaselineComparisons comparisons;
    private final ProjectAccess access;

    BaselinePageController(Projects projects, Baselines baselines, BaselineComparisons comparisons,
            ProjectAccess access) {
        this.projects = projects;
        this.baselines = baselines;
        this.comparisons = comparisons;
        this.access = access;
    }

    /** One of the eleven slots, set or empty. */
    record Slot(int number, Baseline baseline) {
    }

    /** A replace or clear waiting for the user's confirmation. */
    record Confirm(String action, Baseline baseline, String name) {
    }

    /** The saved baselines as JSON for the signed-in page (the Gantt's baseline selector); the API is stateless. */
    @GetMapping(path = "/data", produces = "application/json")
    @ResponseBody
    Map<String, List<Baseline>> data(@PathVariable long projectId) {
        return Map.of("items", baselines.list(ProjectId.of(projectId)));
    }

    /** One baseline's tasks as JSON for the Gantt's baseline bars. */
    @GetMapping(path = "/data/{number}", produces = "application/json")
    @ResponseBody
    Map<String, Object> data(@PathVariable long projectId, @PathVariable int number) {
        ProjectId project = ProjectId.of(projectId);
        return Map.of("baseline", baselines.get(project, number), "tasks", baselines.tasks(project, number));
    }

    @GetMapping
    String page(@PathVariable long projectId, @RequestParam(required = false) Integer compare, Model model) {
        return page(ProjectId.of(projectId), compare, null, new FormErrors(), model);
    }

    @PostMapping
    String save(@PathVariable long projectId, @RequestParam(required = false) String number,
            @RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
        ProjectId project = ProjectId.of(projectId);
        FormErrors errors = new FormErrors();
        Integer slot = errors.integer("baselineNumber", number);
        if (!errors.any()) {
            try {
                Baseline saved = baselines.save(project, slot, name);
                redirect.addFlashAttribute("success", "Saved baseline " + saved.number() + " '" + saved.name()
                        + "' with " + saved.taskCount() + " tasks.");
                return "redirect:/projects/" + projectId + "/baselines?compare=" + saved.number();
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            }
        }
        return page(project, null, null, errors, model);
    }

    @PostMapping("/{number}/replace")
    String replace(@PathVariable long projectId, @PathVariable int number, @RequestParam long version,
            @RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean confirmed,
            Model model, RedirectAttributes redirect) {
        ProjectId project = ProjectId.of(projectId);
        if (!confirmed) {
            access.requireEdit(project);
            return page(project, null, new Confirm("replace", baselines.get(project, number), name), new FormErrors(), model);
        }
        try {
            Baseline replaced = baselines.replace(project, number, version, name);
            redirect.addFlashAttribute("success", "Replaced baseline " + number + " '" + replaced.name()
                    + "' with the current plan (" + replaced.taskCount() + " tasks).");
            return "redirect:/projects/" + projectId + "/baselines?compare=" + number;
        } catch (StaleVersionException e) {
            return stale(project, model);
        }
    }

    @PostMapping("/{number}/clear")
    String clear(@PathVariable long projectId, @PathVariable int number, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        ProjectId project = ProjectId.of(projectId);
        if (!confirmed) {
            access.requireEdit(project);
            return page(project, null, new Confirm("clear", baselines.get(project, number), null), new FormErrors(), model);
        }
        try {
            baselines.clear(project, number, version);
            redirect.addFlashAttribute("success", "Cleared baseline " + number + ".");
            return "redirect:/projects/" + projectId + "/baselines";
        } catch (StaleVersionException e) {
            return stale(project, model);
        }
    }

    private String stale(ProjectId project, Model model) {
        FormErrors errors = new FormErrors();
        errors.rejectGlobal("The baseline was changed by someone else meanwhile; check it and try again.");
        return page(project, null, null, errors, model);
    }

    private String page(ProjectId projectId, Integer compare, Confirm confirm, FormErrors errors, Model model) {
        Project project = projects.get(projectId);
        List<Baseline> saved = baselines.list(projectId);
        List<Slot> slots = new ArrayList<>();
        for (int n = 0; n <= Baselines.MAX_NUMBER; n++) {
            int number = n;
            slots.add(new Slot(n, saved.stream().filter(b -> b.number() == number).findFirst().orElse(null)));
        }
        Integer chosen = compare;
        if (chosen == null && confirm == null && !saved.isEmpty()) {
            chosen = saved.getFirst().number();
        }
        Optional<Baseline> compared = chosen == null ? Optional.empty() : baselines.find(projectId, chosen);
        model.addAttribute("project", project);
        model.addAttribute("slots", slots);
        model.addAttribute("saved", saved);
        model.addAttribute("canEdit", access.canEdit(CurrentUsers.require(), projectId));
        model.addAttribute("full", saved.size() > Baselines.MAX_NUMBER);
        model.addAttribute("confirm", confirm);
        model.addAttribute("errors", errors);
        model.addAttribute("compare", compared.map(Baseline::number).orElse(null));
        model.addAttribute("comparison", compared.map(b -> comparisons.compare(projectId, b.number())).orElse(null));
        model.addAttribute("fmt", PlanFormat.INSTANCE);
        return "baseline/baselines";
    }
}
