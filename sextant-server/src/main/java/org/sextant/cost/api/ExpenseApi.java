package org.sextant.cost.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.cost.CostCategory;
import org.sextant.cost.Expense;
import org.sextant.cost.Expenses;
import org.sextant.cost.SpendType;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;
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
class ExpenseApi {

    private final Expenses expenses;

    ExpenseApi(Expenses expenses) {
        this.expenses = expenses;
    }

    record ExpenseRequest(Long taskId, @NotNull LocalDate incurredOn, @NotNull CostCategory category,
            @NotNull SpendType spendType,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @Size(max = 500) String description, Long version) {

        Expense.Draft draft() {
            return new Expense.Draft(taskId == null ? null : TaskId.of(taskId), incurredOn, category, spendType, amount,
                    description);
        }
    }

    @Operation(summary = "A project's expenses (invoices, purchases, travel): actual cost besides approved time")
    @GetMapping("/projects/{projectId}/expenses")
    PageResult<Expense> list(@PathVariable long projectId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String sort) {
        return expenses.list(ProjectId.of(projectId), PageRequest.parse(page, size, sort));
    }

    @PostMapping("/projects/{projectId}/expenses")
    ResponseEntity<Expense> create(@PathVariable long projectId, @Valid @RequestBody ExpenseRequest request) {
        Expense created = expenses.create(ProjectId.of(projectId), request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @GetMapping("/expenses/{id}")
    ResponseEntity<Expense> get(@PathVariable long id) {
        Expense expense = expenses.get(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(expense.version())).body(expense);
    }

    @PutMapping("/expenses/{id}")
    ResponseEntity<Expense> update(@PathVariable long id, @Valid @RequestBody ExpenseRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Expense updated = expenses.update(id, ExpectedVersion.of(ifMatch, request.version()), request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/expenses/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        expenses.delete(id, ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
