package org.sextant.audit.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sextant.audit.AuditEvent;
import org.sextant.audit.AuditLog;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail: ADMIN and PMO browse the history of any entity. */
@Tag(name = "Audit")
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'PMO')")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    PageResult<AuditEvent> search(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String sort) {
        return audit.search(new AuditLog.AuditQuery(entityType, entityId, projectId, actor),
                PageRequest.parse(page, size, sort));
    }

    @GetMapping("/history/{entityType}/{entityId}")
    List<AuditEvent> history(@PathVariable String entityType, @PathVariable String entityId) {
        return audit.history(entityType, entityId);
    }
}
