package org.sextant.project.web;

import java.time.LocalDate;
import java.util.Map;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.StaleVersionException;
import org.sextant.platform.web.FormErrors;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.project.ProjectStatus;
import org.sextant.project.Projects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project page (overview, stakeholders) and the new-project form. Rules live in {@link Projects}. */
@Controller
@RequestMapping("/projects")
class ProjectController {

    private static final Map<String, String> FIELDS = Map.of();

    private final Projects projects;
    private final ProjectAccess access;
    private final Names names;

    ProjectController(Projects projects, ProjectAccess access, Names names) {
        this.projects = projects;
        this.access = access;
        this.names = names;
    }

    /** Who may open the new-project form; {@link Projects#create} decides for each project. */
    static boolean mayCreate(CurrentUser user) {
        return user.isOrganisationWide() || user.has(Role.PROGRAM_MANAGER) || user.has(Role.PROJECT_MANAGER);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        if (!mayCreate(CurrentUsers.require())) {
            throw new AccessDeniedException("Your role does not allow creating projects.");
        }
        return form(model, ProjectForm.empty(LocalDate.now()), new FormErrors());
    }

    @PostMapping
    String create(ProjectForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Project.Draft draft = form.toDraft(errors, null);
        if (!errors.any()) {
            try {
                Project created = projects.create(draft);
                redirect.addFlashAttribute("success", "Created project " + created.code() + ".");
                return "redirect:/projects/" + created.id();
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            } catch (DuplicateKeyException e) {
                errors.reject("code", "Another project already has the code " + draft.code() + ".");
            }
        }
        return form(model, form, errors);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Project project = projects.get(ProjectId.of(id));
        return page(model, project, ProjectForm.of(project), new FormErrors());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, ProjectForm form, Model model, RedirectAttributes redirect) {
        Project project = projects.get(ProjectId.of(id));
        FormErrors errors = new FormErrors();
        Project.Draft draft = form.toDraft(errors, project);
        if (!errors.any()) {
            try {
                projects.update(project.id(), form.version() == null ? -1 : form.version(), draft);
                redirect.addFlashAttribute("success", "Saved project " + draft.code() + ".");
                return "redirect:/projects/" + id;
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            } catch (StaleVersionException e) {
                errors.rejectGlobal("This project was changed by someone else while you were editing it. "
                        + "Reload the page to see their change, then apply yours again.");
            } catch (DuplicateKeyException e) {
                errors.reject("code", "Another project already has the code " + draft.code() + ".");
            }
        }
        return page(model, project, form, errors);
    }

    private String form(Model model, ProjectForm form, FormErrors errors) {
        choices(model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "project/new";
    }

    private String page(Model model, Project project, ProjectForm form, FormErrors errors) {
        CurrentUser me = CurrentUsers.require();
        choices(model);
        model.addAttribute("project", project);
        model.addAttribute("health", Health.of(project, LocalDate.now()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", access.canEdit(me, project.id()));
        model.addAttribute("stakeholders", projects.stakeholders(project.id()));
        model.addAttribute("stakeholderForm", StakeholderForm.empty());
        model.addAttribute("stakeholderErrors", new FormErrors());
        return "project/project";
    }

    private void choices(Model model) {
        model.addAttribute("names", names.lookup());
        model.addAttribute("managers", names.managers());
        model.addAttribute("phases", Phase.values());
        model.addAttribute("statuses", ProjectStatus.values());
    }
}
