package org.sextant.audit;

import java.util.List;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;

/**
 * Records writes and answers questions about them. Call it inside the transaction that makes the
 * write. Entities are compared field by field through their JSON form, so the trail shows exactly
 * what a client of the API would see change.
 */
public interface AuditLog {

    /** Records that {@code created} was created. */
    void created(String entityType, Object entityId, Long projectId, Object created);

    /** Records the fields that differ between {@code before} and {@code after}; nothing if none does. */
    void updated(String entityType, Object entityId, Long projectId, Object before, Object after);

    /** Records that {@code deleted} was deleted, with its last field values. */
    void deleted(String entityType, Object entityId, Long projectId, Object deleted);

    /** The trail, newest first, filtered by any of the given criteria (null = any). */
    PageResult<AuditEvent> search(AuditQuery query, PageRequest page);

    /** The history of one entity, oldest first. */
    List<AuditEvent> history(String entityType, String entityId);

    /**
     * Filters over the trail.
     *
     * @param entityType kind of entity
     * @param entityId   one entity (with entityType)
     * @param projectId  everything recorded for one project
     * @param actor      one user's writes
     */
    record AuditQuery(String entityType, String entityId, Long projectId, String actor) {
    }
}
