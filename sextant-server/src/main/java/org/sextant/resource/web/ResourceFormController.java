package org.sextant.resource.web;

import java.util.Map;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Users;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.StaleVersionException;
import org.sextant.platform.web.FormErrors;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.sextant.resource.Skills;
import org.sextant.schedule.Calendars;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "New resource" and "Edit resource": kind, department, skills with proficiency, max units, calendar and
 * employment dates. The PMO and administrators keep the pool; {@link Resources} enforces it and audits.
 */
@Controller
class ResourceFormController {

    private static final Map<String, String> FIELDS = Map.of();

    private final Resources resources;
    private final Skills skills;
    private final Users users;
    private final Calendars calendars;

    ResourceFormController(Resources resources, Skills skills, Users users, Calendars calendars) {
        this.resources = resources;
        this.skills = skills;
        this.users = users;
        this.calendars = calendars;
    }

    @GetMapping("/resources/new")
    String newForm(Model model) {
        requirePmo();
        return form(model, null, ResourceForm.empty(), new FormErrors());
    }

    @PostMapping("/resources")
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        requirePmo();
        FormErrors errors = new FormErrors();
        ResourceForm form = ResourceForm.of(params, errors);
        Resource.Draft draft = form.toDraft(errors, null);
        if (!errors.any()) {
            try {
                Resource created = resources.create(draft);
                redirect.addFlashAttribute("success", "Created resource " + created.name() + ".");
                return "redirect:/resources/" + created.id();
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            }
        }
        return form(model, null, form, errors);
    }

    @GetMapping("/resources/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        requirePmo();
        Resource resource = resources.get(ResourceId.of(id));
        return form(model, resource, ResourceForm.of(resource), new FormErrors());
    }

    @PostMapping("/resources/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        requirePmo();
        Resource resource = resources.get(ResourceId.of(id));
        FormErrors errors = new FormErrors();
        ResourceForm form = ResourceForm.of(params, errors);
        Resource.Draft draft = form.toDraft(errors, resource);
        if (!errors.any()) {
            try {
                resources.update(resource.id(), form.version() == null ? -1 : form.version(), draft);
                redirect.addFlashAttribute("success", "Saved resource " + draft.name() + ".");
                return "redirect:/resources/" + id;
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            } catch (StaleVersionException e) {
                errors.rejectGlobal("This resource was changed by someone else while you were editing it. "
                        + "Reload the page to see their change, then apply yours again.");
            }
        }
        return form(model, resource, form, errors);
    }

    private String form(Model model, Resource resource, ResourceForm form, FormErrors errors) {
        model.addAttribute("resource", resource);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("skills", skills.all());
        model.addAttribute("departments", users.listDepartments(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("calendars", calendars.all());
        return "resource/resource-form";
    }

    static void requirePmo() {
        if (!CurrentUsers.require().isOrganisationWide()) {
            throw new AccessDeniedException("The PMO and administrators keep the resource pool.");
        }
    }
}
