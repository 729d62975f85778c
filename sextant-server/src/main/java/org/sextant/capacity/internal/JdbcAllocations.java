package org.sextant.capacity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sextant.audit.AuditLog;
import org.sextant.capacity.Allocation;
import org.sextant.capacity.AllocationId;
import org.sextant.capacity.AllocationUnit;
import org.sextant.capacity.Allocations;
import org.sextant.capacity.Firmness;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.Paging;
import org.sextant.platform.PageResult;
import org.sextant.platform.SqlFilter;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.project.ProjectMembership;
import org.sextant.resource.ResourceId;
import org.sextant.resource.Resources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Allocations} over the {@code allocation} table. */
@Service
@Transactional(readOnly = true)
class JdbcAllocations implements Allocations {

    private static final String ENTITY = "Allocation";
    private static final Map<String, String> SORTS = Map.of("start", "start_date", "finish", "finish_date",
            "id", "id", "amount", "amount");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProjectAccess access;
    private final List<ProjectMembership> memberships;
    private final Resources resources;

    JdbcAllocations(JdbcClient jdbc, AuditLog audit, ProjectAccess access, List<ProjectMembership> memberships,
            Resources resources) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.memberships = memberships;
        this.resources = resources;
    }

    @Override
    public Optional<Allocation> find(AllocationId id) {
        Optional<Allocation> found = jdbc.sql("select * from allocation where id = ?").param(id.value())
                .query(JdbcAllocations::map).optional();
        found.ifPresent(a -> access.requireRead(a.projectId()));
        return found;
    }

    @Override
    public Allocation get(AllocationId id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public PageResult<Allocation> list(Filter f, PageRequest page) {
        SqlFilter filter = visible(new SqlFilter())
                .eq("project_id = :project", "project", f.projectId() == null ? null : f.projectId().value())
                .eq("resource_id = :resource", "resource", f.resourceId() == null ? null : f.resourceId().value())
                .eq("finish_date >= :from", "from", f.from())
                .eq("start_date <= :to", "to", f.to())
                .eq("firmness = :firmness", "firmness", f.firmness() == null ? null : f.firmness().name());
        return Paging.page(jdbc, "allocation", filter, page.orderBy(SORTS, "start"), page, JdbcAllocations::map);
    }

    @Override
    public List<Allocation> overlapping(LocalDate from, LocalDate to) {
        SqlFilter filter = visible(new SqlFilter()).eq("finish_date >= :from", "from", from)
                .eq("start_date <= :to", "to", to);
        return jdbc.sql("select * from allocation" + filter.where() + " order by id").params(filter.params())
                .query(JdbcAllocations::map).list();
    }

    /** Restricts to the projects the caller reads: all of them, or those they are assigned to. */
    private SqlFilter visible(SqlFilter filter) {
        CurrentUser user = CurrentUsers.require();
        if (user.readsAllProjects()) {
            return filter;
        }
        Set<Long> mine = memberships.stream().flatMap(m -> m.projectsOf(user.id()).stream())
                .map(ProjectId::value).collect(Collectors.toSet());
        if (mine.isEmpty()) {
            return filter.always("false", Map.of());
        }
        return filter.always("project_id in (:visibleProjects)", Map.of("visibleProjects", mine));
    }

    @Override
    @Transactional
    public Allocation create(Allocation.Draft draft) {
        requireWrite(draft.projectId(), draft.firmness());
        validate(draft);
        long id = jdbc.sql("""
                insert into allocation (project_id, resource_id, start_date, finish_date, unit, amount, firmness, note)
                values (:project, :resource, :start, :finish, :unit, :amount, :firmness, :note) returning id""")
                .params(params(draft)).query(Long.class).single();
        Allocation created = get(AllocationId.of(id));
        audit.created(ENTITY, id, created.projectId().value(), created);
        return created;
    }

    @Override
    @Transactional
    public Allocation update(AllocationId id, long expectedVersion, Allocation.Draft draft) {
        Allocation before = get(id);
        requireWrite(before.projectId(), before.firmness());
        requireWrite(draft.projectId(), draft.firmness());
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        validate(draft);
        Map<String, Object> params = params(draft);
        params.put("id", id.value());
        params.put("version", expectedVersion);
        int rows = jdbc.sql("""
                update allocation set project_id = :project, resource_id = :resource, start_date = :start,
                    finish_date = :finish, unit = :unit, amount = :amount, firmness = :firmness, note = :note,
                    version = version + 1, updated_at = now()
                where id = :id and version = :version""").params(params).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        Allocation after = get(id);
        audit.updated(ENTITY, id, after.projectId().value(), before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(AllocationId id, long expectedVersion) {
        Allocation before = get(id);
        requireWrite(before.projectId(), before.firmness());
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        jdbc.sql("delete from allocation where id = ?").param(id.value()).update();
        audit.deleted(ENTITY, id, before.projectId().value(), before);
    }

    /** ADMIN/PMO write any allocation; the project's editors only soft ones of their project. */
    private void requireWrite(ProjectId project, Firmness firmness) {
        CurrentUser user = access.requireEdit(project);
        if (!user.isOrganisationWide() && firmness == Firmness.HARD) {
            throw new AccessDeniedException("Only the PMO or an administrator books or changes a hard allocation;"
                    + " a project's managers may request soft ones.");
        }
    }

    private void validate(Allocation.Draft draft) {
        if (draft.finish().isBefore(draft.start())) {
            throw BusinessRuleException.invalid("finish", "the allocation ends before it starts");
        }
        if (draft.unit() == AllocationUnit.PERCENT && draft.amount().doubleValue() > 1000) {
            throw BusinessRuleException.invalid("amount", "a percentage above 1000 is not plausible");
        }
        if (resources.find(draft.resourceId()).isEmpty()) {
            throw BusinessRuleException.invalid("resourceId", "no resource " + draft.resourceId());
        }
    }

    private static Map<String, Object> params(Allocation.Draft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("project", d.projectId().value());
        p.put("resource", d.resourceId().value());
        p.put("start", d.start());
        p.put("finish", d.finish());
        p.put("unit", d.unit().name());
        p.put("amount", d.amount());
        p.put("firmness", d.firmness().name());
        p.put("note", d.note());
        return p;
    }

    static Allocation map(ResultSet rs, int row) throws SQLException {
        return new Allocation(AllocationId.of(rs.getLong("id")), rs.getLong("version"),
                ProjectId.of(rs.getLong("project_id")), ResourceId.of(rs.getLong("resource_id")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("finish_date", LocalDate.class),
                AllocationUnit.valueOf(rs.getString("unit")), rs.getBigDecimal("amount"),
                Firmness.valueOf(rs.getString("firmness")), rs.getString("note"));
    }
}
