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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.sextant.project.ProjectId;
import org.sextant.resource.Assignment;
import org.sextant.resource.AssignmentId;
import org.sextant.resource.MyTask;
import org.sextant.resource.Assignments;
import org.sextant.resource.ResourceId;
import org.sextant.resource.TeamMember;
import org.sextant.schedule.TaskId;

@Tag(name = "Assignments")
@RestController
@RequestMapping("/api/v1")
class AssignmentApi {

    private final Assignments assignments;

    AssignmentApi(Assignments assignments) {
        this.assignments = assignments;
    }

    record AssignmentRequest(@NotNull ResourceId resourceId,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal units,
            @Min(0) @Max(100L * 365 * 24 * 60) Long workMinutes, Long version) {

        Assignment.Draft draft() {
            return new Assignment.Draft(resourceId, units == null ? BigDecimal.ONE : units,
                    workMinutes == null ? 0 : workMinutes);
        }
    }

    @GetMapping("/tasks/{taskId}/assignments")
    PageResult<Assignment> list(@PathVariable long taskId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String sort) {
        return assignments.list(TaskId.of(taskId), q, PageRequest.parse(page, size, sort));
    }

    @PostMapping("/tasks/{taskId}/assignments")
    ResponseEntity<Assignment> create(@PathVariable long taskId, @Valid @RequestBody AssignmentRequest request) {
        Assignment created = assignments.create(TaskId.of(taskId), request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @GetMapping("/projects/{projectId}/team")
    PageResult<TeamMember> team(@PathVariable long projectId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String sort) {
        return assignments.team(ProjectId.of(projectId), q, PageRequest.parse(page, size, sort));
    }

    @GetMapping("/me/tasks")
    PageResult<MyTask> myTasks(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String sort) {
        return assignments.mine(q, open, PageRequest.parse(page, size, sort));
    }

    @GetMapping("/assignments/{id}")
    ResponseEntity<Assignment> get(@PathVariable long id) {
        Assignment assignment = assignments.get(AssignmentId.of(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(assignment.version())).body(assignment);
    }

    @PutMapping("/assignments/{id}")
    ResponseEntity<Assignment> update(@PathVariable long id, @Valid @RequestBody AssignmentRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Assignment updated = assignments.update(AssignmentId.of(id), ExpectedVersion.of(ifMatch, request.version()),
                request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/assignments/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        assignments.delete(AssignmentId.of(id), ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
