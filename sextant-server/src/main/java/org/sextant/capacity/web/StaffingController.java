package org.sextant.capacity.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sextant.capacity.Allocation;
import org.sextant.capacity.AllocationId;
import org.sextant.capacity.Allocations;
import org.sextant.capacity.Staffing;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.project.Projects;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The capacity page's "Open role demand" card (htmx fragments): role allocations in the horizon, the
 * ranked people who could fill one ({@link Staffing#candidates}), and one-click staffing
 * ({@link Staffing#staff}). Only the PMO and administrators staff (the API's rule); others see the list.
 */
@Controller
class StaffingController {

    private final Allocations allocations;
    private final Staffing staffing;
    private final Resources resources;
    private final Projects projects;

    StaffingController(Allocations allocations, Staffing staffing, Resources resources, Projects projects) {
        this.allocations = allocations;
        this.staffing = staffing;
        this.resources = resources;
        this.projects = projects;
    }

    /** A role allocation as the card lists it. */
    record Demand(Allocation allocation, String role, String project) {
    }

    @GetMapping("/capacity/staffing")
    String demands(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        List<Demand> demands = new ArrayList<>();
        for (Allocation a : allocations.overlapping(from, to)) {
            Resource r = resources.find(a.resourceId()).orElse(null);
            if (r != null && r.kind() == ResourceKind.ROLE) {
                String project = projects.find(a.projectId()).map(p -> p.code() + " " + p.name())
                        .orElse(a.projectId().toString());
                demands.add(new Demand(a, r.name(), project));
            }
        }
        demands.sort(java.util.Comparator.comparing((Demand d) -> d.allocation().start()));
        model.addAttribute("demands", demands);
        model.addAttribute("canStaff", canStaff());
        return "capacity/staffing :: demands";
    }

    @GetMapping("/capacity/staffing/{id}/candidates")
    String candidates(@PathVariable long id, Model model) {
        Allocation allocation = allocations.get(AllocationId.of(id));
        model.addAttribute("allocation", allocation);
        model.addAttribute("candidates", staffing.candidates(allocation.id()));
        model.addAttribute("canStaff", canStaff());
        return "capacity/staffing :: candidates";
    }

    @PostMapping("/capacity/staffing/{id}/staff")
    String staff(@PathVariable long id, @RequestParam long resourceId, @RequestParam long version, Model model) {
        try {
            Allocation staffed = staffing.staff(AllocationId.of(id), version, ResourceId.of(resourceId));
            model.addAttribute("level", "success");
            model.addAttribute("text", resources.get(staffed.resourceId()).name() + " is booked for "
                    + staffed.start() + " – " + staffed.finish() + " instead of the role.");
        } catch (BusinessRuleException e) {
            model.addAttribute("level", "danger");
            model.addAttribute("text", e.getMessage());
        }
        return "fragments :: alert";
    }

    private static boolean canStaff() {
        return CurrentUsers.find().map(u -> u.has(Role.ADMIN) || u.has(Role.PMO)).orElse(false);
    }
}
