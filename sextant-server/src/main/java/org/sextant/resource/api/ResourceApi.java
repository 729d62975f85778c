package org.sextant.resource.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sextant.identity.UserId;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.sextant.resource.SkillId;
import org.sextant.schedule.CalendarId;

@Tag(name = "Resources")
@RestController
@RequestMapping("/api/v1/resources")
class ResourceApi {

    private final Resources resources;

    ResourceApi(Resources resources) {
        this.resources = resources;
    }

    record SkillLevelRequest(@NotNull SkillId skillId, @NotNull @Min(1) @Max(5) Integer proficiency) {
    }

    record ResourceRequest(@NotBlank @Size(max = 200) String name, ResourceKind kind, @Email @Size(max = 254) String email,
            UserId userId, Long departmentId, @Size(max = 100) List<@Valid @NotNull SkillLevelRequest> skills,
            @DecimalMin("0") @DecimalMax("9999999999") BigDecimal costRate,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("9999") BigDecimal maxUnits, CalendarId calendarId,
            LocalDate employmentStart, LocalDate employmentEnd, Boolean active, Long version) {

        Resource.Draft draft() {
            List<Resource.SkillLevel> levels = skills == null ? List.of()
                    : skills.stream().map(s -> new Resource.SkillLevel(s.skillId(), null, s.proficiency())).toList();
            return new Resource.Draft(name.strip(), kind == null ? ResourceKind.PERSON : kind, email, userId, departmentId,
                    levels, costRate, currency, maxUnits, calendarId, employmentStart, employmentEnd,
                    active == null || active);
        }
    }

    @GetMapping
    PageResult<Resource> list(@RequestParam(required = false) String q, @RequestParam(required = false) ResourceKind kind,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long skillId,
            @RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String sort) {
        return resources.list(new Resources.Filter(q, kind, departmentId, skillId == null ? null : SkillId.of(skillId), active),
                PageRequest.parse(page, size, sort));
    }

    @GetMapping("/{id}")
    ResponseEntity<Resource> get(@PathVariable long id) {
        Resource resource = resources.get(ResourceId.of(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(resource.version())).body(resource);
    }

    @PostMapping
    ResponseEntity<Resource> create(@Valid @RequestBody ResourceRequest request) {
        Resource created = resources.create(request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<Resource> update(@PathVariable long id, @Valid @RequestBody ResourceRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Resource updated = resources.update(ResourceId.of(id), ExpectedVersion.of(ifMatch, request.version()),
                request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        resources.delete(ResourceId.of(id), ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
