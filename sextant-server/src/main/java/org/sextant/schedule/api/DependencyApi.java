package org.sextant.schedule.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
import org.sextant.schedule.Dependencies;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.DependencyId;
import org.sextant.schedule.DependencyType;
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

@Tag(name = "Dependencies")
@RestController
@RequestMapping("/api/v1")
class DependencyApi {

    private static final long MAX_LAG = 10L * 365 * 24 * 60;

    private final Dependencies dependencies;

    DependencyApi(Dependencies dependencies) {
        this.dependencies = dependencies;
    }

    record DependencyRequest(@NotNull TaskId predecessorId, @NotNull TaskId successorId, DependencyType type,
            @Min(-MAX_LAG) @Max(MAX_LAG) Long lagMinutes, Dependency.LagFormat lagFormat, Long version) {

        Dependency.Draft draft() {
            return new Dependency.Draft(predecessorId, successorId, type == null ? DependencyType.FS : type,
                    lagMinutes == null ? 0 : lagMinutes, lagFormat == null ? Dependency.LagFormat.WORKING : lagFormat);
        }
    }

    @GetMapping("/projects/{projectId}/dependencies")
    PageResult<Dependency> list(@PathVariable long projectId, @RequestParam(required = false) Long taskId,
            @RequestParam(required = false) DependencyType type, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size, @RequestParam(required = false) String sort) {
        return dependencies.list(ProjectId.of(projectId),
                new Dependencies.Filter(taskId == null ? null : TaskId.of(taskId), type), PageRequest.parse(page, size, sort));
    }

    @PostMapping("/projects/{projectId}/dependencies")
    ResponseEntity<Dependency> create(@PathVariable long projectId, @Valid @RequestBody DependencyRequest request) {
        Dependency created = dependencies.create(ProjectId.of(projectId), request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @GetMapping("/dependencies/{id}")
    ResponseEntity<Dependency> get(@PathVariable long id) {
        Dependency dependency = dependencies.get(DependencyId.of(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(dependency.version())).body(dependency);
    }

    @PutMapping("/dependencies/{id}")
    ResponseEntity<Dependency> update(@PathVariable long id, @Valid @RequestBody DependencyRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Dependency updated = dependencies.update(DependencyId.of(id), ExpectedVersion.of(ifMatch, request.version()),
                request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/dependencies/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        dependencies.delete(DependencyId.of(id), ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
