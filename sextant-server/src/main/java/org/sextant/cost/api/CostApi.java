package org.sextant.cost.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.sextant.cost.CostOverview;
import org.sextant.cost.CostOverviews;
import org.sextant.cost.EacMethod;
import org.sextant.platform.BusinessRuleException;
import org.sextant.project.ProjectId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Costs")
@RestController
class CostApi {

    private final CostOverviews overviews;

    CostApi(CostOverviews overviews) {
        this.overviews = overviews;
    }

    @Operation(summary = "A project's budget, planned cost, actual cost and forecast at completion, in total, by "
            + "category, capex/opex and month; eac = CPI (default), CPI_SPI or BOTTOM_UP")
    @GetMapping("/api/v1/projects/{id}/costs")
    CostOverview costs(@PathVariable long id, @RequestParam(required = false) String eac) {
        return overviews.of(ProjectId.of(id), method(eac));
    }

    /** CPI when absent; an unknown method is refused naming the parameter. */
    static EacMethod method(String eac) {
        if (eac == null || eac.isBlank()) {
            return EacMethod.CPI;
        }
        try {
            return EacMethod.valueOf(eac.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid("eac", "eac must be CPI, CPI_SPI or BOTTOM_UP, was " + eac);
        }
    }
}
