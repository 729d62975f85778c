package org.sextant.schedule.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.ConstraintType;
import org.sextant.schedule.ProjectSchedule;
import org.sextant.schedule.Scheduler;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.sextant.schedule.Tasks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tasks")
@RestController
@RequestMapping("/api/v1")
class TaskApi {

    private static final long MAX_MINUTES = 100L * 365 * 24 * 60;

    private final Tasks tasks;
    private final Scheduler scheduler;

    TaskApi(Tasks tasks, Scheduler scheduler) {
        this.tasks = tasks;
        this.scheduler = scheduler;
    }

    record TaskRequest(TaskId parentId, @Size(max = 50) String wbsCode, @NotBlank @Size(max = 300) String name,
            TaskKind kind, @Min(0) @Max(1_000_000) Integer sortOrder, @Min(0) @Max(MAX_MINUTES) Long durationMinutes,
            @Min(0) @Max(MAX_MINUTES) Long workMinutes, LocalDateTime plannedStart, LocalDateTime plannedFinish,
            @Min(0) @Max(100) Integer percentComplete, LocalDateTime actualStart, LocalDateTime actualFinish,
            ConstraintType constraintType, LocalDateTime constraintDate, LocalDateTime deadline, CalendarId calendarId,
            @Min(0) @Max(1000) Integer priority, @Size(max = 10_000) String notes, Long version) {

        Task.Draft draft() {
            return new Task.Draft(parentId, wbsCode, name.strip(), kind == null ? TaskKind.TASK : kind, sortOrder,
                    durationMinutes == null ? 0 : durationMinutes, workMinutes == null ? 0 : workMinutes, plannedStart,
                    plannedFinish, percentComplete == null ? 0 : percentComplete, actualStart, actualFinish,
                    constraintType == null ? ConstraintType.ASAP : constraintType, constraintDate, deadline, calendarId,
                    priority == null ? 500 : priority, notes);
        }
    }

    /** Progress as of the status date; remaining work left out is derived from the percent complete. */
    record ProgressRequest(@NotNull @Min(0) @Max(100) Integer percentComplete, LocalDateTime actualStart,
            LocalDateTime actualFinish, @Min(0) @Max(MAX_MINUTES) Long remainingWorkMinutes, Long version) {
    }

    @GetMapping("/projects/{projectId}/tasks")
    PageResult<Task> list(@PathVariable long projectId, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long parentId, @RequestParam(required = false) TaskKind kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
            @RequestParam(required = false) String sort) {
        return tasks.list(ProjectId.of(projectId), new Tasks.Filter(q, parentId == null ? null : TaskId.of(parentId), kind),
                PageRequest.parse(page, size, sort));
    }

    @PostMapping("/projects/{projectId}/tasks")
    ResponseEntity<Task> create(@PathVariable long projectId, @Valid @RequestBody TaskRequest request) {
        Task created = tasks.create(ProjectId.of(projectId), request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @PostMapping("/projects/{projectId}/schedule")
    ProjectSchedule schedule(@PathVariable long projectId) {
        return scheduler.schedule(ProjectId.of(projectId));
    }

    @GetMapping("/tasks/{id}")
    ResponseEntity<Task> get(@PathVariable long id) {
        Task task = tasks.get(TaskId.of(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(task.version())).body(task);
    }

    @PutMapping("/tasks/{id}")
    ResponseEntity<Task> update(@PathVariable long id, @Valid @RequestBody TaskRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Task updated = tasks.update(TaskId.of(id), ExpectedVersion.of(ifMatch, request.version()), request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @PatchMapping("/tasks/{id}/progress")
    ResponseEntity<Task> progress(@PathVariable long id, @Valid @RequestBody ProgressRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Task updated = tasks.updateProgress(TaskId.of(id), ExpectedVersion.of(ifMatch, request.version()),
                new Task.Progress(request.percentComplete(), request.actualStart(), request.actualFinish(),
                        request.remainingWorkMinutes()));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/tasks/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "false") boolean withChildren,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        tasks.delete(TaskId.of(id), ExpectedVersion.of(ifMatch, version), withChildren);
        return ResponseEntity.noContent().build();
    }
}
