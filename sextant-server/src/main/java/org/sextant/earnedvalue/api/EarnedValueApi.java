package org.sextant.earnedvalue.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.sextant.earnedvalue.EarnedValueRequest;
import org.sextant.earnedvalue.EarnedValues;
import org.sextant.portfolio.PortfolioId;
import org.sextant.program.ProgramId;
import org.sextant.project.ProjectId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Earned value")
@RestController
@RequestMapping("/api/v1")
class EarnedValueApi {

    private final EarnedValues earnedValues;

    EarnedValueApi(EarnedValues earnedValues) {
        this.earnedValues = earnedValues;
    }

    @Operation(summary = "A project's earned value: metrics, earned schedule, forecasts, S-curve and per-task figures",
            description = "409 (field baseline) when the project has no such baseline.")
    @GetMapping("/projects/{id}/earned-value")
    EarnedValueResponses.ProjectResponse project(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate,
            @RequestParam(required = false) Integer baseline, @RequestParam(required = false) String eac,
            @RequestParam(required = false) String period, @RequestParam(required = false) String rule) {
        EarnedValueRequest request = EarnedValueRequest.parse(statusDate, baseline, eac, period, rule);
        return EarnedValueResponses.project(earnedValues.report(ProjectId.of(id), request));
    }

    @Operation(summary = "A program's earned value rolled up over the projects the caller may read, with a row per project")
    @GetMapping("/programs/{id}/earned-value")
    EarnedValueResponses.RollUpResponse program(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate,
            @RequestParam(required = false) Integer baseline, @RequestParam(required = false) String eac,
            @RequestParam(required = false) String period, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String sort, @RequestParam(required = false, defaultValue = "asc") String dir) {
        EarnedValueRequest request = EarnedValueRequest.parse(statusDate, baseline, eac, period, rule);
        return EarnedValueResponses.rollUp("PROGRAM", id, request.baselineOrDefault(), status(statusDate),
                earnedValues.program(ProgramId.of(id), request), sort, !"desc".equalsIgnoreCase(dir));
    }

    @Operation(summary = "A portfolio's earned value rolled up over the projects the caller may read, with a row per project")
    @GetMapping("/portfolios/{id}/earned-value")
    EarnedValueResponses.RollUpResponse portfolio(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate,
            @RequestParam(required = false) Integer baseline, @RequestParam(required = false) String eac,
            @RequestParam(required = false) String period, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String sort, @RequestParam(required = false, defaultValue = "asc") String dir) {
        EarnedValueRequest request = EarnedValueRequest.parse(statusDate, baseline, eac, period, rule);
        return EarnedValueResponses.rollUp("PORTFOLIO", id, request.baselineOrDefault(), status(statusDate),
                earnedValues.portfolio(PortfolioId.of(id), request), sort, !"desc".equalsIgnoreCase(dir));
    }

    private static LocalDate status(LocalDate requested) {
        return requested != null ? requested : LocalDate.now();
    }
}
