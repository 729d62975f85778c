package org.sextant.project.web;

import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.web.FormErrors;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.project.Stakeholder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Adds and removes a project's stakeholders in place (htmx): each answer is the refreshed stakeholder section. */
@Controller
@RequestMapping("/projects/{projectId}/stakeholders")
class StakeholderController {

    private final Projects projects;
    private final ProjectAccess access;

    StakeholderController(Projects projects, ProjectAccess access) {
        this.projects = projects;
        this.access = access;
    }

    @PostMapping
    String add(@PathVariable long projectId, StakeholderForm form, Model model) {
        ProjectId project = ProjectId.of(projectId);
        FormErrors errors = new FormErrors();
        Stakeholder.Draft draft = form.toDraft(errors);
        if (!errors.any()) {
            try {
                projects.addStakeholder(project, draft);
                form = StakeholderForm.empty();
            } catch (BusinessRuleException e) {
                errors.reject(e, java.util.Map.of("name", "stakeholderName"));
            }
        }
        return section(model, project, form, errors);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long projectId, @PathVariable long id, @RequestParam long version, Model model) {
        Stakeholder stakeholder = projects.stakeholder(id);
        if (stakeholder.projectId().value() != projectId) {
            throw new org.sextant.platform.NotFoundException("Stakeholder", id);
        }
        projects.deleteStakeholder(id, version);
        return section(model, stakeholder.projectId(), StakeholderForm.empty(), new FormErrors());
    }

    private String section(Model model, ProjectId project, StakeholderForm form, FormErrors errors) {
        model.addAttribute("project", projects.get(project));
        model.addAttribute("stakeholders", projects.stakeholders(project));
        model.addAttribute("stakeholderForm", form);
        model.addAttribute("stakeholderErrors", errors);
        model.addAttribute("canEdit", access.canEdit(CurrentUsers.require(), project));
        return "project/project :: stakeholders";
    }
}
