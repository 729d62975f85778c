package org.sextant.cost.web;

import org.sextant.cost.ResourceRate;
import org.sextant.cost.ResourceRates;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.NotFoundException;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.Resources;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A resource's cost rates: each in force from its day on; the PMO adds and removes them. */
@Controller
class RatePageController {

    private final Resources resources;
    private final ResourceRates rates;

    RatePageController(Resources resources, ResourceRates rates) {
        this.resources = resources;
        this.rates = rates;
    }

    @GetMapping("/resources/{id}/rates")
    String rates(@PathVariable long id, Model model) {
        Resource resource = resources.get(ResourceId.of(id));
        model.addAttribute("resource", resource);
        model.addAttribute("rates", rates.of(resource.id()));
        model.addAttribute("canEdit", CurrentUsers.find().map(u -> u.has(Role.ADMIN) || u.has(Role.PMO)).orElse(false));
        return "cost/rates";
    }

    @PostMapping("/resources/{id}/rates")
    String add(@PathVariable long id, @RequestParam(required = false) String effectiveFrom,
            @RequestParam(required = false) String rate, RedirectAttributes redirect) {
        try {
            ResourceRate created = rates.create(ResourceId.of(id),
                    new ResourceRate.Draft(FormText.day(effectiveFrom, "effectiveFrom"), FormText.amount(rate, "rate")));
            redirect.addFlashAttribute("success", "Added the rate " + created.rate().toPlainString() + " per hour "
                    + (created.effectiveFrom() == null ? "since always." : "from " + created.effectiveFrom() + "."));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/resources/" + id + "/rates";
    }

    @PostMapping("/resources/{id}/rates/{rate}/delete")
    String delete(@PathVariable long id, @PathVariable long rate, @RequestParam long version,
            RedirectAttributes redirect) {
        if (rates.get(rate).resourceId().value() != id) {
            throw new NotFoundException("ResourceRate", rate);
        }
        rates.delete(rate, version);
        redirect.addFlashAttribute("success", "Removed the rate.");
        return "redirect:/resources/" + id + "/rates";
    }
}
