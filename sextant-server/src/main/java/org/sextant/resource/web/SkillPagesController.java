package org.sextant.resource.web;

import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.StaleVersionException;
import org.sextant.platform.web.FormErrors;
import org.sextant.resource.Skill;
import org.sextant.resource.SkillId;
import org.sextant.resource.Skills;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The skill catalogue page: everyone reads it; the PMO adds, renames and removes skills ({@link Skills}). */
@Controller
class SkillPagesController {

    private final Skills skills;

    SkillPagesController(Skills skills) {
        this.skills = skills;
    }

    @GetMapping("/skills")
    String skills(Model model) {
        model.addAttribute("skills", skills.all());
        model.addAttribute("canEdit", CurrentUsers.require().isOrganisationWide());
        return "resource/skills";
    }

    @PostMapping("/skills")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String category,
            RedirectAttributes redirect) {
        ResourceFormController.requirePmo();
        FormErrors errors = new FormErrors();
        String checked = errors.required("name", name, "Name");
        if (checked == null) {
            redirect.addFlashAttribute("failure", errors.fields().get("name"));
            return "redirect:/skills";
        }
        try {
            Skill created = skills.create(new Skill.Draft(checked, FormErrors.text(category)));
            redirect.addFlashAttribute("success", "Added skill " + created.name() + ".");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        } catch (DuplicateKeyException e) {
            redirect.addFlashAttribute("failure", "A skill named '" + checked + "' already exists.");
        }
        return "redirect:/skills";
    }

    @PostMapping("/skills/{id}")
    String update(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String category, @RequestParam long version, RedirectAttributes redirect) {
        ResourceFormController.requirePmo();
        if (name == null || name.isBlank()) {
            redirect.addFlashAttribute("failure", "Name is required.");
            return "redirect:/skills";
        }
        try {
            Skill saved = skills.update(SkillId.of(id), version, new Skill.Draft(name.strip(), FormErrors.text(category)));
            redirect.addFlashAttribute("success", "Saved skill " + saved.name() + ".");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("failure", "The skill was changed by someone else; reload and try again.");
        } catch (DuplicateKeyException e) {
            redirect.addFlashAttribute("failure", "A skill named '" + name.strip() + "' already exists.");
        }
        return "redirect:/skills";
    }

    @PostMapping("/skills/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        ResourceFormController.requirePmo();
        try {
            skills.delete(SkillId.of(id), version);
            redirect.addFlashAttribute("success", "Removed the skill.");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("failure", "The skill was changed by someone else; reload and try again.");
        }
        return "redirect:/skills";
    }
}
