package org.sextant.resource.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.resource.Absence;
import org.sextant.resource.Absences;
import org.sextant.resource.ResourceId;
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

@Tag(name = "Resources")
@RestController
@RequestMapping("/api/v1")
class AbsenceApi {

    private final Absences absences;

    AbsenceApi(Absences absences) {
        this.absences = absences;
    }

    record AbsenceRequest(@NotNull LocalDate start, @NotNull LocalDate finish,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal hours,
            @Size(max = 200) String reason, Long version) {

        Absence.Draft draft() {
            return new Absence.Draft(start, finish, hours, reason);
        }
    }

    @Operation(summary = "A resource's absences (vacations, training): whole days, or hours off per working day")
    @GetMapping("/resources/{resourceId}/absences")
    PageResult<Absence> list(@PathVariable long resourceId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String sort) {
        return absences.list(ResourceId.of(resourceId), PageRequest.parse(page, size, sort));
    }

    @PostMapping("/resources/{resourceId}/absences")
    ResponseEntity<Absence> create(@PathVariable long resourceId, @Valid @RequestBody AbsenceRequest request) {
        Absence created = absences.create(ResourceId.of(resourceId), request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @GetMapping("/absences/{id}")
    ResponseEntity<Absence> get(@PathVariable long id) {
        Absence absence = absences.get(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(absence.version())).body(absence);
    }

    @PutMapping("/absences/{id}")
    ResponseEntity<Absence> update(@PathVariable long id, @Valid @RequestBody AbsenceRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Absence updated = absences.update(id, ExpectedVersion.of(ifMatch, request.version()), request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/absences/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        absences.delete(id, ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
