package org.sextant.capacity.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sextant.capacity.Capacity;
import org.sextant.capacity.CapacityGrid;
import org.sextant.capacity.PeriodUnit;
import org.sextant.resource.ResourceId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Capacity")
@RestController
@RequestMapping("/api/v1/capacity")
class CapacityApi {

    private final Capacity capacity;

    CapacityApi(Capacity capacity) {
        this.capacity = capacity;
    }

    /** The capacity-versus-demand grid; the horizon defaults to twelve weeks from today. */
    @GetMapping
    CapacityGrid grid(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "week") String unit, @RequestParam(defaultValue = "resource") String groupBy,
            @RequestParam(required = false) Long department, @RequestParam(required = false) Long skill,
            @RequestParam(required = false) String kind) {
        LocalDate start = from == null ? LocalDate.now() : from;
        LocalDate end = to == null ? start.plusWeeks(12).minusDays(1) : to;
        return capacity.grid(start, end, PeriodUnit.valueOf(unit.toUpperCase(Locale.ROOT)),
                CapacityGrid.GroupBy.valueOf(groupBy.toUpperCase(Locale.ROOT)),
                new Capacity.Filter(department, skill, kind == null ? null : kind.toUpperCase(Locale.ROOT)));
    }

    /** What loads one resource in {@code from..to}: tasks and allocations, largest first. */
    @GetMapping("/contributions")
    List<CapacityGrid.Contribution> contributions(@RequestParam long resource,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return capacity.contributions(ResourceId.of(resource), from, to);
    }
}
