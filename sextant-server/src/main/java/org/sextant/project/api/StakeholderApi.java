package org.sextant.project.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.Level;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.project.Stakeholder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Stakeholders")
@RestController
class StakeholderApi {

    private final Projects projects;

    StakeholderApi(Projects projects) {
        this.projects = projects;
    }

    record StakeholderRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String organisation,
            @Size(max = 200) String role, @Email @Size(max = 254) String email, Level interest, Level influence,
            @Size(max = 500) String communicationPreference, @Size(max = 10_000) String notes, Long version) {

        Stakeholder.Draft draft() {
            return new Stakeholder.Draft(name.strip(), organisation, role, email,
                    interest == null ? Level.MEDIUM : interest, influence == null ? Level.MEDIUM : influence,
                    communicationPreference, notes);
        }
    }

    @GetMapping("/api/v1/projects/{projectId}/stakeholders")
    PageResult<Stakeholder> list(@PathVariable long projectId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String sort) {
        return projects.stakeholders(ProjectId.of(projectId), q, PageRequest.parse(page, size, sort));
    }

    @PostMapping("/api/v1/projects/{projectId}/stakeholders")
    ResponseEntity<Stakeholder> create(@PathVariable long projectId, @Valid @RequestBody StakeholderRequest request) {
        Stakeholder created = projects.addStakeholder(ProjectId.of(projectId), request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @GetMapping("/api/v1/stakeholders/{id}")
    ResponseEntity<Stakeholder> get(@PathVariable long id) {
        Stakeholder stakeholder = projects.stakeholder(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(stakeholder.version())).body(stakeholder);
    }

    @PutMapping("/api/v1/stakeholders/{id}")
    ResponseEntity<Stakeholder> update(@PathVariable long id, @Valid @RequestBody StakeholderRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Stakeholder updated = projects.updateStakeholder(id, ExpectedVersion.of(ifMatch, request.version()), request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/api/v1/stakeholders/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        projects.deleteStakeholder(id, ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
