package org.sextant.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.sextant.audit.AuditAction;
import org.sextant.audit.AuditEvent;
import org.sextant.audit.AuditLog;
import org.sextant.audit.FieldChange;
import org.sextant.platform.PageRequest;
import org.sextant.platform.Paging;
import org.sextant.platform.PageResult;
import org.sextant.platform.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@link AuditLog} over the append-only {@code audit_event} table. */
@Service
class JdbcAuditLog implements AuditLog {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<Map<String, FieldChange>> CHANGES = new TypeReference<>() { };
    private static final Map<String, String> SORTS = Map.of("occurredAt", "id");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entityType, Object entityId, Long projectId, Object created) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        fields(created).forEach((k, v) -> changes.put(k, new FieldChange(null, v)));
        insert(AuditAction.CREATE, entityType, entityId, projectId, changes);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String entityType, Object entityId, Long projectId, Object before, Object after) {
        Map<String, Object> from = fields(before);
        Map<String, Object> to = fields(after);
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (String key : new TreeSet<>(union(from, to))) {
            if (!key.equals("version") && !Objects.equals(from.get(key), to.get(key))) {
                changes.put(key, new FieldChange(from.get(key), to.get(key)));
            }
        }
        if (!changes.isEmpty()) {
            insert(AuditAction.UPDATE, entityType, entityId, projectId, changes);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entityType, Object entityId, Long projectId, Object deleted) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        fields(deleted).forEach((k, v) -> changes.put(k, new FieldChange(v, null)));
        insert(AuditAction.DELETE, entityType, entityId, projectId, changes);
    }

    @Override
    public PageResult<AuditEvent> search(AuditQuery query, PageRequest page) {
        SqlFilter filter = new SqlFilter()
                .eq("entity_type = :entityType", "entityType", query.entityType())
                .eq("entity_id = :entityId", "entityId", query.entityId())
                .eq("project_id = :projectId", "projectId", query.projectId())
                .eq("actor = :actor", "actor", query.actor());
        PageRequest newestFirst = page.sort() == null ? new PageRequest(page.page(), page.size(), "occurredAt", false) : page;
        return Paging.page(jdbc, "audit_event", filter, newestFirst.orderBy(SORTS, "occurredAt"), page, this::map);
    }

    @Override
    public List<AuditEvent> history(String entityType, String entityId) {
        return jdbc.sql("select * from audit_event where entity_type = ? and entity_id = ? order by id")
                .params(entityType, entityId).query(this::map).list();
    }

    private void insert(AuditAction action, String entityType, Object entityId, Long projectId,
            Map<String, FieldChange> changes) {
        jdbc.sql("""
                insert into audit_event (actor, action, entity_type, entity_id, project_id, changes)
                values (?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(actorName(), action.name(), entityType, String.valueOf(entityId), projectId,
                        json.writeValueAsString(changes))
                .update();
    }

    /** The signed-in login name, or "system" for work outside a request (start-up, jobs). */
    private static String actorName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }

    private Map<String, Object> fields(Object entity) {
        Map<String, Object> map = json.convertValue(entity, MAP);
        map.remove("version");
        return map;
    }

    private static java.util.Set<String> union(Map<String, Object> a, Map<String, Object> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private AuditEvent map(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getObject("project_id", Long.class), json.readValue(rs.getString("changes"), CHANGES));
    }
}
