package org.sextant.capacity.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.sextant.capacity.Allocation;
import org.sextant.capacity.AllocationId;
import org.sextant.capacity.Staffing;
import org.sextant.platform.ExpectedVersion;
import org.sextant.resource.ResourceId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Allocations")
@RestController
@RequestMapping("/api/v1/allocations/{id}")
class StaffingApi {

    private final Staffing staffing;

    StaffingApi(Staffing staffing) {
        this.staffing = staffing;
    }

    record StaffRequest(@NotNull Long resourceId, Long version) {
    }

    /** People who could fill a role allocation, best first. */
    @GetMapping("/candidates")
    List<Staffing.Candidate> candidates(@PathVariable long id) {
        return staffing.candidates(AllocationId.of(id));
    }

    /** Books a person instead of the role. */
    @PostMapping("/staff")
    ResponseEntity<Allocation> staff(@PathVariable long id, @Valid @RequestBody StaffRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Allocation staffed = staffing.staff(AllocationId.of(id), ExpectedVersion.of(ifMatch, request.version()),
                ResourceId.of(request.resourceId()));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(staffed.version())).body(staffed);
    }
}
