package org.sextant.resource.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.PageRequest;
import org.sextant.resource.Absence;
import org.sextant.resource.Absences;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.Resources;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One resource's page: its availability — part time (max units), start and end of employment — and its
 * absences, which capacity planning and leveling take off its working time. The PMO keeps them.
 */
@Controller
class ResourceAvailabilityController {

    private final Resources resources;
    private final Absences absences;
    private final org.sextant.identity.Users users;
    private final org.sextant.schedule.Calendars calendars;

    ResourceAvailabilityController(Resources resources, Absences absences, org.sextant.identity.Users users,
            org.sextant.schedule.Calendars calendars) {
        this.resources = resources;
        this.absences = absences;
        this.users = users;
        this.calendars = calendars;
    }

    @GetMapping("/resources/{id}")
    String resource(@PathVariable long id, Model model) {
        Resource resource = resources.get(ResourceId.of(id));
        model.addAttribute("resource", resource);
        model.addAttribute("department", resource.departmentId() == null ? null : users.findDepartment(
                resource.departmentId()).map(org.sextant.identity.Department::name).orElse(null));
        model.addAttribute("calendar", resource.calendarId() == null ? null : calendars.find(resource.calendarId())
                .map(org.sextant.schedule.WorkCalendar::name).orElse(null));
        model.addAttribute("absences", absences.list(resource.id(), PageRequest.of(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("canEdit", CurrentUsers.find().map(u -> u.has(Role.ADMIN) || u.has(Role.PMO)).orElse(false));
        return "resource/resource";
    }

    @PostMapping("/resources/{id}/availability")
    String availability(@PathVariable long id, @RequestParam BigDecimal maxUnits,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate employmentStart,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate employmentEnd,
            @RequestParam long version, RedirectAttributes redirect) {
        Resource r = resources.get(ResourceId.of(id));
        try {
            if (maxUnits.signum() <= 0) {
                throw BusinessRuleException.invalid("maxUnits", "max units must be more than 0 (1 = full time)");
            }
            resources.update(r.id(), version, new Resource.Draft(r.name(), r.kind(), r.email(), r.userId(),
                    r.departmentId(), r.skills(), r.costRate(), r.currency(), maxUnits, r.calendarId(), employmentStart,
                    employmentEnd, r.active()));
            redirect.addFlashAttribute("success", "Saved the availability of " + r.name() + ".");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/resources/" + id;
    }

    @PostMapping("/resources/{id}/absences")
    String addAbsence(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate finish,
            @RequestParam(required = false) BigDecimal hours, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            Absence created = absences.create(ResourceId.of(id), new Absence.Draft(start, finish, hours, reason));
            redirect.addFlashAttribute("success", "Recorded the absence " + created.start() + " – " + created.finish() + ".");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/resources/" + id;
    }

    @PostMapping("/resources/{id}/absences/{absence}/delete")
    String deleteAbsence(@PathVariable long id, @PathVariable long absence, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            absences.delete(absence, version);
            redirect.addFlashAttribute("success", "Removed the absence.");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/resources/" + id;
    }
}
