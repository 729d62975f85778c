package org.sextant.cost.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.sextant.cost.BudgetLine;
import org.sextant.cost.BudgetLines;
import org.sextant.cost.CostCategory;
import org.sextant.cost.SpendType;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Costs")
@RestController
@RequestMapping("/api/v1")
class BudgetLineApi {

    private final BudgetLines lines;

    BudgetLineApi(BudgetLines lines) {
        this.lines = lines;
    }

    /** {@code period} is the month, e.g. "2027-03". */
    record BudgetLineRequest(@NotNull CostCategory category, @NotNull SpendType spendType, @NotNull YearMonth period,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @Size(max = 500) String description, Long version) {

        BudgetLine.Draft draft() {
            return new BudgetLine.Draft(category, spendType, period, amount, description);
        }
    }

    @Operation(summary = "A project's budget lines: amount per category (LABOUR, MATERIALS, SERVICES, OTHER), "
            + "CAPEX or OPEX, and month")
    @GetMapping("/projects/{projectId}/budget-lines")
    PageResult<BudgetLine> list(@PathVariable long projectId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size, @RequestParam(required = false) String sort) {
        return lines.list(ProjectId.of(projectId), PageRequest.parse(page, size, sort));
    }

    @PostMapping("/projects/{projectId}/budget-lines")
    ResponseEntity<BudgetLine> create(@PathVariable long projectId, @Valid @RequestBody BudgetLineRequest request) {
        BudgetLine created = lines.create(ProjectId.of(projectId), request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @GetMapping("/budget-lines/{id}")
    ResponseEntity<BudgetLine> get(@PathVariable long id) {
        BudgetLine line = lines.get(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(line.version())).body(line);
    }

    @PutMapping("/budget-lines/{id}")
    ResponseEntity<BudgetLine> update(@PathVariable long id, @Valid @RequestBody BudgetLineRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        BudgetLine updated = lines.update(id, ExpectedVersion.of(ifMatch, request.version()), request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/budget-lines/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        lines.delete(id, ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
