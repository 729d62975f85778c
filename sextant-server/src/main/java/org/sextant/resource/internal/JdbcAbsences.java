package org.sextant.resource.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.platform.Paging;
import org.sextant.platform.SqlFilter;
import org.sextant.resource.Absence;
import org.sextant.resource.Absences;
import org.sextant.resource.ResourceId;
import org.sextant.resource.Resources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Absences} over {@code resource_absence}. Writes need ADMIN or PMO, like the resources themselves. */
@Service
@Transactional(readOnly = true)
class JdbcAbsences implements Absences {

    private static final String ENTITY = "Absence";
    private static final Map<String, String> SORTS = Map.of("start", "start_date", "finish", "finish_date", "id", "id");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Resources resources;

    JdbcAbsences(JdbcClient jdbc, AuditLog audit, Resources resources) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.resources = resources;
    }

    @Override
    public PageResult<Absence> list(ResourceId resource, PageRequest page) {
        resources.get(resource);
        SqlFilter where = new SqlFilter().always("resource_id = :resource", Map.of("resource", resource.value()));
        return Paging.page(jdbc, "resource_absence", where, page.orderBy(SORTS, "start"), page, JdbcAbsences::map);
    }

    @Override
    public List<Absence> overlapping(LocalDate from, LocalDate to) {
        return jdbc.sql("select * from resource_absence where start_date <= ? and finish_date >= ? order by resource_id, start_date")
                .params(to, from).query(JdbcAbsences::map).list();
    }

    @Override
    public Absence get(long id) {
        return jdbc.sql("select * from resource_absence where id = ?").param(id).query(JdbcAbsences::map).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    @Transactional
    public Absence create(ResourceId resource, Absence.Draft draft) {
        requirePmo();
        resources.get(resource);
        validate(draft);
        Map<String, Object> params = params(draft);
        params.put("resource", resource.value());
        long id = jdbc.sql("""
                insert into resource_absence (resource_id, start_date, finish_date, hours, reason)
                values (:resource, :start, :finish, :hours, :reason) returning id""").params(params)
                .query(Long.class).single();
        Absence created = get(id);
        audit.created(ENTITY, id, null, created);
        return created;
    }

    @Override
    @Transactional
    public Absence update(long id, long expectedVersion, Absence.Draft draft) {
        requirePmo();
        Absence before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        validate(draft);
        Map<String, Object> params = params(draft);
        params.put("id", id);
        params.put("version", expectedVersion);
        int rows = jdbc.sql("""
                update resource_absence set start_date = :start, finish_date = :finish, hours = :hours, reason = :reason,
                    version = version + 1, updated_at = now()
                where id = :id and version = :version""").params(params).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        Absence after = get(id);
        audit.updated(ENTITY, id, null, before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(long id, long expectedVersion) {
        requirePmo();
        Absence before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        int rows = jdbc.sql("delete from resource_absence where id = ? and version = ?").params(id, expectedVersion)
                .update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        audit.deleted(ENTITY, id, null, before);
    }

    private static void validate(Absence.Draft draft) {
        if (draft.start() == null) {
            throw BusinessRuleException.invalid("start", "the first day of the absence is required");
        }
        if (draft.finish() == null) {
            throw BusinessRuleException.invalid("finish", "the last day of the absence is required");
        }
        if (draft.finish().isBefore(draft.start())) {
            throw BusinessRuleException.invalid("finish", "the absence ends before it starts");
        }
        if (draft.hours() != null && (draft.hours().signum() <= 0 || draft.hours().compareTo(BigDecimal.valueOf(24)) > 0)) {
            throw BusinessRuleException.invalid("hours", "hours off per day must be more than 0 and at most 24 "
                    + "(leave empty for whole days)");
        }
    }

    private static Map<String, Object> params(Absence.Draft draft) {
        Map<String, Object> params = new HashMap<>();
        params.put("start", draft.start());
        params.put("finish", draft.finish());
        params.put("hours", draft.hours());
        params.put("reason", draft.reason() == null || draft.reason().isBlank() ? null : draft.reason().strip());
        return params;
    }

    private static Absence map(ResultSet rs, int row) throws SQLException {
        return new Absence(rs.getLong("id"), rs.getLong("version"), ResourceId.of(rs.getLong("resource_id")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("finish_date", LocalDate.class),
                rs.getBigDecimal("hours"), rs.getString("reason"));
    }

    private static void requirePmo() {
        CurrentUsers.requireAny("Only the PMO or an administrator records absences.", Role.ADMIN, Role.PMO);
    }
}
