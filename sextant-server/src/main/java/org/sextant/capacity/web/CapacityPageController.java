package org.sextant.capacity.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.sextant.capacity.Capacity;
import org.sextant.capacity.CapacityGrid;
import org.sextant.capacity.PeriodUnit;
import org.sextant.identity.Users;
import org.sextant.resource.ResourceId;
import org.sextant.platform.PageRequest;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Skills;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The capacity heatmap page. The grid is fetched by {@code /js/capacity.js} from {@code /capacity/grid}
 * (the same JSON as {@code /api/v1/capacity}, served on the session-authenticated UI chain).
 */
@Controller
class CapacityPageController {

    private final Users users;
    private final Skills skills;
    private final Capacity capacity;

    CapacityPageController(Users users, Skills skills, Capacity capacity) {
        this.users = users;
        this.skills = skills;
        this.capacity = capacity;
    }

    @GetMapping(path = "/capacity/grid", produces = "application/json")
    @ResponseBody
    CapacityGrid grid(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "week") String unit, @RequestParam(defaultValue = "resource") String groupBy,
            @RequestParam(required = false) Long department, @RequestParam(required = false) Long skill,
            @RequestParam(required = false) String kind) {
        return capacity.grid(from, to, PeriodUnit.valueOf(unit.toUpperCase(Locale.ROOT)),
                CapacityGrid.GroupBy.valueOf(groupBy.toUpperCase(Locale.ROOT)),
                new Capacity.Filter(department, skill, kind == null || kind.isBlank() ? null : kind));
    }

    @GetMapping(path = "/capacity/contributions", produces = "application/json")
    @ResponseBody
    List<CapacityGrid.Contribution> contributions(@RequestParam long resource,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return capacity.contributions(ResourceId.of(resource), from, to);
    }

    @GetMapping("/capacity")
    String heatmap(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "week") String unit, @RequestParam(defaultValue = "resource") String groupBy,
            @RequestParam(required = false) Long department, @RequestParam(required = false) Long skill,
            @RequestParam(required = false) String kind, Model model) {
        LocalDate start = from == null ? LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : from;
        LocalDate end = to == null ? start.plusWeeks(12).minusDays(1) : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("unit", unit);
        model.addAttribute("groupBy", groupBy);
        model.addAttribute("department", department);
        model.addAttribute("skill", skill);
        model.addAttribute("kind", kind);
        model.addAttribute("departments", users.listDepartments(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("skills", skills.all());
        model.addAttribute("kinds", ResourceKind.values());
        return "capacity/heatmap";
    }
}
