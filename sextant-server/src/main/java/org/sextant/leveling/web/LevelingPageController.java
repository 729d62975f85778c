package org.sextant.leveling.web;

import java.util.List;
import org.sextant.identity.CurrentUsers;
import org.sextant.leveling.LevelingJob;
import org.sextant.leveling.LevelingJobId;
import org.sextant.leveling.LevelingJobs;
import org.sextant.leveling.LevelingRequest;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.PageRequest;
import org.sextant.portfolio.PortfolioId;
import org.sextant.portfolio.Portfolios;
import org.sextant.program.ProgramId;
import org.sextant.program.Programs;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.ProjectStatus;
import org.sextant.project.Projects;
import org.sextant.schedule.LevelingStarts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Level resources" pages of a project, of a program and of a portfolio scenario (a chosen set of
 * the portfolio's projects): options, progress (polled by htmx), the
 * proposal as a comparison, Accept and Discard. Rules and permissions live in {@link LevelingJobs}.
 */
@Controller
class LevelingPageController {

    private final LevelingJobs jobs;
    private final Projects projects;
    private final Programs programs;
    private final Portfolios portfolios;
    private final LevelingStarts levelingStarts;

    LevelingPageController(LevelingJobs jobs, Projects projects, Programs programs, Portfolios portfolios,
            LevelingStarts levelingStarts) {
        this.jobs = jobs;
        this.portfolios = portfolios;
        this.levelingStarts = levelingStarts;
        this.projects = projects;
        this.programs = programs;
    }

    /** The options form. */
    record OptionsForm(String policy, Long seed, Integer schedules, List<Long> projectIds) {

        LevelingRequest request() {
            LevelingRequest.Policy chosen;
            try {
                chosen = policy == null ? LevelingRequest.Policy.ALLOW_DELAY : LevelingRequest.Policy.valueOf(policy);
            } catch (IllegalArgumentException e) {
                throw BusinessRuleException.invalid("policy", "choose 'allow delay' or 'within float'");
            }
            return new LevelingRequest(chosen, seed == null ? 1 : seed, schedules == null ? 5_000 : schedules);
        }
    }

    @GetMapping("/projects/{id}/leveling")
    String project(@PathVariable long id, Model model) {
        var project = projects.get(ProjectId.of(id));
        return page(model, LevelingJob.Scope.PROJECT, id, project.code() + " " + project.name(), "/projects/" + id);
    }

    @GetMapping("/programs/{id}/leveling")
    String program(@PathVariable long id, Model model) {
        var program = programs.get(ProgramId.of(id));
        return page(model, LevelingJob.Scope.PROGRAM, id, program.name(), "/programs/" + id);
    }

    /** A portfolio scenario: which of the portfolio's projects to level (the active ones are proposed). */
    @GetMapping("/portfolios/{id}/leveling")
    String portfolio(@PathVariable long id, Model model) {
        if (!CurrentUsers.require().isOrganisationWide()) {
            throw new AccessDeniedException("Leveling a portfolio scenario is for the PMO and administrators.");
        }
        var portfolio = portfolios.get(PortfolioId.of(id));
        List<Project> members = projects.list(new Projects.Filter(null, portfolio.id(), null, null, null, null),
                PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        model.addAttribute("scenarioProjects", members);
        String view = page(model, LevelingJob.Scope.PORTFOLIO, id, portfolio.name(), "/portfolios/" + id);
        model.addAttribute("home", "/?portfolio=" + id);
        LevelingJob job = (LevelingJob) model.getAttribute("job");
        model.addAttribute("chosen", job != null ? job.projectIds() : members.stream()
                .filter(p -> p.status() == ProjectStatus.ACTIVE).map(p -> p.id().value()).toList());
        return view;
    }

    private String page(Model model, LevelingJob.Scope scope, long id, String name, String back) {
        LevelingJob job = jobs.latest(scope, id).orElse(null);
        model.addAttribute("scope", scope);
        model.addAttribute("scopeName", name);
        model.addAttribute("back", back);
        model.addAttribute("home", back);
        model.addAttribute("job", job);
        model.addAttribute("comparison", job == null || job.proposal() == null ? null : Comparison.of(job.proposal()));
        model.addAttribute("defaults", LevelingRequest.defaults());
        model.addAttribute("leveledTasks", scope == LevelingJob.Scope.PROJECT
                ? levelingStarts.of(ProjectId.of(id)).size() : 0);
        return "leveling/leveling";
    }

    @PostMapping("/projects/{id}/leveling")
    String levelProject(@PathVariable long id, @ModelAttribute OptionsForm form, RedirectAttributes redirect) {
        jobs.startForProject(ProjectId.of(id), form.request());
        return "redirect:/projects/" + id + "/leveling";
    }

    /** "Clear leveling": the project's tasks lose their leveling starts and are rescheduled. */
    @PostMapping("/projects/{id}/leveling/clear")
    String clear(@PathVariable long id, RedirectAttributes redirect) {
        int cleared = levelingStarts.clear(ProjectId.of(id));
        redirect.addFlashAttribute("success", "Cleared the leveling of " + cleared + " tasks; the project is "
                + "rescheduled without it.");
        return "redirect:/projects/" + id + "/leveling";
    }

    @PostMapping("/programs/{id}/leveling")
    String levelProgram(@PathVariable long id, @ModelAttribute OptionsForm form) {
        jobs.startForProgram(ProgramId.of(id), form.request());
        return "redirect:/programs/" + id + "/leveling";
    }

    @PostMapping("/portfolios/{id}/leveling")
    String levelPortfolio(@PathVariable long id, @ModelAttribute OptionsForm form, RedirectAttributes redirect) {
        try {
            jobs.startForPortfolio(PortfolioId.of(id), form.projectIds() == null ? List.of()
                    : form.projectIds().stream().map(ProjectId::of).toList(), form.request());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/portfolios/" + id + "/leveling";
    }

    /** The job panel alone, polled by htmx while the job runs. */
    @GetMapping("/leveling-jobs/{id}/panel")
    String panel(@PathVariable long id, Model model) {
        LevelingJob job = jobs.get(LevelingJobId.of(id));
        model.addAttribute("job", job);
        model.addAttribute("comparison", job.proposal() == null ? null : Comparison.of(job.proposal()));
        return "leveling/leveling :: panel";
    }

    @PostMapping("/leveling-jobs/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        LevelingJob job = jobs.get(LevelingJobId.of(id));
        try {
            LevelingJob accepted = jobs.accept(job.id());
            redirect.addFlashAttribute("success", accepted.message());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:" + pageOf(job);
    }

    @PostMapping("/leveling-jobs/{id}/discard")
    String discard(@PathVariable long id, RedirectAttributes redirect) {
        LevelingJob job = jobs.get(LevelingJobId.of(id));
        try {
            jobs.discard(job.id());
            redirect.addFlashAttribute("success", "Proposal discarded; the plan is unchanged.");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:" + pageOf(job);
    }

    private static String pageOf(LevelingJob job) {
        return switch (job.scope()) {
            case PROJECT -> "/projects/";
            case PROGRAM -> "/programs/";
            case PORTFOLIO -> "/portfolios/";
        } + job.scopeId() + "/leveling";
    }
}
