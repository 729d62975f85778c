package org.sextant.capacity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.sextant.capacity.Staffing;
import org.sextant.platform.ExpectedVersion;
import org.sextant.resource.Assignment;
import org.sextant.resource.AssignmentId;
import org.sextant.resource.ResourceId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staffing of role demand from the schedule: a task assignment made to a generic role. */
@Tag(name = "Assignments")
@RestController
@RequestMapping("/api/v1/assignments/{id}")
class AssignmentStaffingApi {

    private final Staffing staffing;

    AssignmentStaffingApi(Staffing staffing) {
        this.staffing = staffing;
    }

    record StaffRequest(@NotNull Long resourceId, Long version) {
    }

    @Operation(summary = "People qualified for the role this task is assigned to, with free capacity over the "
            + "task's dates, best first (422 when the assignment is not of a role)")
    @GetMapping("/candidates")
    List<Staffing.Candidate> candidates(@PathVariable long id) {
        return staffing.candidates(AssignmentId.of(id));
    }

    @Operation(summary = "Put a qualified person on the task instead of the role (an audited assignment update)")
    @PostMapping("/staff")
    ResponseEntity<Assignment> staff(@PathVariable long id, @Valid @RequestBody StaffRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Assignment staffed = staffing.staff(AssignmentId.of(id), ExpectedVersion.of(ifMatch, request.version()),
                ResourceId.of(request.resourceId()));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(staffed.version())).body(staffed);
    }
}
