package org.sextant.baseline.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.sextant.baseline.ProgressBoard;
import org.sextant.baseline.ProgressEntry;
import org.sextant.baseline.ProgressHistory;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Progress as of a status date: the project's board of leaf tasks, its status date, and the history of
 * every progress change. Progress itself is recorded with {@code PATCH /api/v1/tasks/{id}/progress}.
 */
@Tag(name = "Progress")
@RestController
@RequestMapping("/api/v1")
class ProgressApi {

    private final ProgressBoard board;
    private final ProgressHistory history;

    ProgressApi(ProgressBoard board, ProgressHistory history) {
        this.board = board;
        this.history = history;
    }

    /** The new status date (null clears it) and the project's version it applies to. */
    record StatusDateRequest(LocalDate statusDate, Long version) {
    }

    record StatusDate(LocalDate statusDate, long version) {
    }

    @GetMapping("/projects/{projectId}/progress")
    ProgressBoard.Board board(@PathVariable long projectId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return board.board(ProjectId.of(projectId), PageRequest.of(page, size));
    }

    @PutMapping("/projects/{projectId}/status-date")
    ResponseEntity<StatusDate> statusDate(@PathVariable long projectId, @RequestBody StatusDateRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = board.setStatusDate(ProjectId.of(projectId), ExpectedVersion.of(ifMatch, request.version()),
                request.statusDate());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(version)).body(new StatusDate(request.statusDate(), version));
    }

    /** The project's progress history, newest first; {@code from}/{@code to} filter by status date. */
    @GetMapping("/projects/{projectId}/progress/history")
    PageResult<ProgressEntry> projectHistory(@PathVariable long projectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long taskId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size, @RequestParam(required = false) String sort) {
        return history.ofProject(ProjectId.of(projectId),
                new ProgressHistory.Filter(from, to, taskId == null ? null : TaskId.of(taskId)),
                PageRequest.parse(page, size, sort));
    }

    /** One task's progress history, newest first. */
    @GetMapping("/tasks/{taskId}/progress/history")
    PageResult<ProgressEntry> taskHistory(@PathVariable long taskId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
            @RequestParam(required = false) String sort) {
        return history.ofTask(TaskId.of(taskId), new ProgressHistory.Filter(from, to, null),
                PageRequest.parse(page, size, sort));
    }
}
