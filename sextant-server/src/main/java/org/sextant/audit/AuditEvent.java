package org.sextant.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded write.
 *
 * @param id         position in the trail (ascending in time)
 * @param occurredAt when the write was committed
 * @param actor      login name of who made it ("system" for start-up jobs)
 * @param action     create, update or delete
 * @param entityType the kind of entity, e.g. "Project"
 * @param entityId   the entity's id
 * @param projectId  the project the entity belongs to, when it belongs to one
 * @param changes    field → before/after, only the fields that changed
 */
public record AuditEvent(long id, Instant occurredAt, String actor, AuditAction action, String entityType,
        String entityId, Long projectId, Map<String, FieldChange> changes) {
}
