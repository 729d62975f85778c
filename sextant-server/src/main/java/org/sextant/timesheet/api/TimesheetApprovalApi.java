package org.sextant.timesheet.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.timesheet.TimesheetApprovals;
import org.sextant.timesheet.TimesheetPart;
import org.sextant.timesheet.TimesheetPartId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Project managers' queue of submitted timesheet parts (one project's hours of one week) and their decisions. */
@Tag(name = "Timesheet approvals")
@RestController
@RequestMapping("/api/v1/timesheet-approvals")
class TimesheetApprovalApi {

    private final TimesheetApprovals approvals;

    TimesheetApprovalApi(TimesheetApprovals approvals) {
        this.approvals = approvals;
    }

    record ApproveRequest(Long version) {
    }

    record RejectRequest(@Size(max = 1000) String reason, Long version) {
    }

    @GetMapping
    PageResult<TimesheetPart> awaiting(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort) {
        return approvals.awaiting(PageRequest.parse(page, size, sort));
    }

    @GetMapping("/{id}")
    ResponseEntity<TimesheetPart> get(@PathVariable long id) {
        TimesheetPart part = approvals.get(TimesheetPartId.of(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(part.part().version())).body(part);
    }

    @PostMapping("/{id}/approve")
    ResponseEntity<TimesheetPart> approve(@PathVariable long id, @RequestBody(required = false) ApproveRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        TimesheetPart part = approvals.approve(TimesheetPartId.of(id),
                ExpectedVersion.of(ifMatch, request == null ? null : request.version()));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(part.part().version())).body(part);
    }

    @PostMapping("/{id}/reject")
    ResponseEntity<TimesheetPart> reject(@PathVariable long id, @Valid @RequestBody RejectRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        TimesheetPart part = approvals.reject(TimesheetPartId.of(id), ExpectedVersion.of(ifMatch, request.version()),
                request.reason());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(part.part().version())).body(part);
    }
}
