package org.sextant.capacity.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.capacity.Allocation;
import org.sextant.capacity.AllocationId;
import org.sextant.capacity.AllocationUnit;
import org.sextant.capacity.Allocations;
import org.sextant.capacity.Firmness;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
import org.sextant.resource.ResourceId;
import org.springframework.format.annotation.DateTimeFormat;
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

@Tag(name = "Allocations")
@RestController
@RequestMapping("/api/v1/allocations")
class AllocationApi {

    private final Allocations allocations;

    AllocationApi(Allocations allocations) {
        this.allocations = allocations;
    }

    /** An allocation as a client sends it; unit defaults to HOURS and firmness to SOFT. */
    record AllocationRequest(@NotNull Long projectId, @NotNull Long resourceId, @NotNull LocalDate start,
            @NotNull LocalDate finish, AllocationUnit unit, @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal amount,
            Firmness firmness, @Size(max = 1000) String note, Long version) {

        Allocation.Draft draft() {
            return new Allocation.Draft(ProjectId.of(projectId), ResourceId.of(resourceId), start, finish,
                    unit == null ? AllocationUnit.HOURS : unit, amount, firmness == null ? Firmness.SOFT : firmness,
                    note == null || note.isBlank() ? null : note.strip());
        }
    }

    @GetMapping
    PageResult<Allocation> list(@RequestParam(required = false) Long projectId,
            @RequestParam(required = false) Long resourceId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Firmness firmness,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String sort) {
        return allocations.list(new Allocations.Filter(projectId == null ? null : ProjectId.of(projectId),
                resourceId == null ? null : ResourceId.of(resourceId), from, to, firmness),
                PageRequest.parse(page, size, sort));
    }

    @GetMapping("/{id}")
    ResponseEntity<Allocation> get(@PathVariable long id) {
        Allocation allocation = allocations.get(AllocationId.of(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(allocation.version())).body(allocation);
    }

    @PostMapping
    ResponseEntity<Allocation> create(@Valid @RequestBody AllocationRequest request) {
        Allocation created = allocations.create(request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<Allocation> update(@PathVariable long id, @Valid @RequestBody AllocationRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Allocation updated = allocations.update(AllocationId.of(id), ExpectedVersion.of(ifMatch, request.version()),
                request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        allocations.delete(AllocationId.of(id), ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
