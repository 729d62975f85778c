package org.sextant.cost.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sextant.cost.ResourceRate;
import org.sextant.cost.ResourceRates;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
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

@Tag(name = "Costs")
@RestController
@RequestMapping("/api/v1/resources/{resourceId}/rates")
class ResourceRateApi {

    private final ResourceRates rates;

    ResourceRateApi(ResourceRates rates) {
        this.rates = rates;
    }

    /** {@code effectiveFrom} null: the rate applies since always (before any dated rate). */
    record RateRequest(LocalDate effectiveFrom,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal rate, Long version) {

        ResourceRate.Draft draft() {
            return new ResourceRate.Draft(effectiveFrom, rate);
        }
    }

    @Operation(summary = "A resource's cost rates per hour, each in force from its day until the next one")
    @GetMapping
    List<ResourceRate> list(@PathVariable long resourceId) {
        return rates.of(ResourceId.of(resourceId));
    }

    @PostMapping
    ResponseEntity<ResourceRate> create(@PathVariable long resourceId, @Valid @RequestBody RateRequest request) {
        ResourceRate created = rates.create(ResourceId.of(resourceId), request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<ResourceRate> update(@PathVariable long resourceId, @PathVariable long id,
            @Valid @RequestBody RateRequest request, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ofResource(resourceId, id);
        ResourceRate updated = rates.update(id, ExpectedVersion.of(ifMatch, request.version()), request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long resourceId, @PathVariable long id,
            @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ofResource(resourceId, id);
        rates.delete(id, ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }

    private void ofResource(long resourceId, long id) {
        if (rates.get(id).resourceId().value() != resourceId) {
            throw new NotFoundException("ResourceRate", id);
        }
    }
}
