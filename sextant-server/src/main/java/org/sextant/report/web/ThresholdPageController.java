package org.sextant.report.web;

import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.StaleVersionException;
import org.sextant.platform.web.FormErrors;
import org.sextant.report.HealthSettings;
import org.sextant.report.HealthThresholds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The PMO's health thresholds: everyone may look, PMO and admin may change them. */
@Controller
@RequestMapping("/settings/health-thresholds")
class ThresholdPageController {

    private final HealthSettings settings;

    ThresholdPageController(HealthSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String show(Model model) {
        HealthThresholds t = settings.thresholds();
        return page(model, t, ThresholdForm.of(t), new FormErrors());
    }

    @PostMapping
    String save(ThresholdForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        HealthThresholds.Draft draft = form.toDraft(errors);
        if (!errors.any()) {
            try {
                settings.update(form.version() == null ? -1 : form.version(), draft);
                redirect.addFlashAttribute("success", "Saved the health thresholds. New suggestions use them.");
                return "redirect:/settings/health-thresholds";
            } catch (BusinessRuleException e) {
                errors.reject(e, java.util.Map.of());
            } catch (StaleVersionException e) {
                errors.rejectGlobal("Someone changed the thresholds meanwhile. Reload the page to see them.");
            }
        }
        return page(model, settings.thresholds(), form, errors);
    }

    private String page(Model model, HealthThresholds t, ThresholdForm form, FormErrors errors) {
        model.addAttribute("thresholds", t);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", CurrentUsers.require().isOrganisationWide());
        model.addAttribute("units", HealthThresholds.OverdueUnit.values());
        return "report/thresholds";
    }
}
