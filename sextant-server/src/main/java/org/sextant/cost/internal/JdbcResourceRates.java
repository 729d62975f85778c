package org.sextant.cost.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sextant.audit.AuditLog;
import org.sextant.cost.ResourceRate;
import org.sextant.cost.ResourceRates;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.resource.AssignmentDemand;
import org.sextant.resource.AssignmentDemands;
import org.sextant.resource.ResourceId;
import org.sextant.resource.Resources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ResourceRates} over {@code resource_rate}. Writes need ADMIN or PMO, like the resources; each is
 * audited and brings the actual cost of the projects the resource works on up to date.
 */
@Service
@Transactional(readOnly = true)
class JdbcResourceRates implements ResourceRates {

    static final String ENTITY = "ResourceRate";
    private static final LocalDate EVER = LocalDate.of(1900, 1, 1);
    private static final LocalDate NEVER = LocalDate.of(2999, 12, 31);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Resources resources;
    private final AssignmentDemands demands;
    private final Projects projects;

    JdbcResourceRates(JdbcClient jdbc, AuditLog audit, Resources resources, AssignmentDemands demands,
            Projects projects) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.resources = resources;
        this.demands = demands;
        this.projects = projects;
    }

    @Override
    public List<ResourceRate> of(ResourceId resource) {
        resources.get(resource);
        return jdbc.sql("select * from resource_rate where resource_id = ? order by effective_from asc nulls first")
                .param(resource.value()).query(JdbcResourceRates::map).list();
    }

    /** The rates of the given resources, without checks (for pricing). */
    List<ResourceRate> of(Collection<ResourceId> resources) {
        if (resources.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from resource_rate where resource_id = any(?)")
                .param(resources.stream().map(ResourceId::value).toArray(Long[]::new))
                .query(JdbcResourceRates::map).list();
    }

    @Override
    public ResourceRate get(long id) {
        return jdbc.sql("select * from resource_rate where id = ?").param(id).query(JdbcResourceRates::map).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    @Transactional
    public ResourceRate create(ResourceId resource, ResourceRate.Draft draft) {
        requirePmo();
        resources.get(resource);
        validate(resource, null, draft);
        long id = jdbc.sql("insert into resource_rate (resource_id, effective_from, rate) values (?, ?, ?) returning id")
                .params(resource.value(), draft.effectiveFrom(), draft.rate()).query(Long.class).single();
        ResourceRate created = get(id);
        audit.created(ENTITY, id, null, created);
        refreshProjectsOf(resource);
        return created;
    }

    @Override
    @Transactional
    public ResourceRate update(long id, long expectedVersion, ResourceRate.Draft draft) {
        requirePmo();
        ResourceRate before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        validate(before.resourceId(), id, draft);
        int rows = jdbc.sql("""
                update resource_rate set effective_from = ?, rate = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?""").params(draft.effectiveFrom(), draft.rate(), id, expectedVersion).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        ResourceRate after = get(id);
        audit.updated(ENTITY, id, null, before, after);
        refreshProjectsOf(after.resourceId());
        return after;
    }

    @Override
    @Transactional
    public void delete(long id, long expectedVersion) {
        requirePmo();
        ResourceRate before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        int rows = jdbc.sql("delete from resource_rate where id = ? and version = ?").params(id, expectedVersion).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        audit.deleted(ENTITY, id, null, before);
        refreshProjectsOf(before.resourceId());
    }

    private void validate(ResourceId resource, Long id, ResourceRate.Draft draft) {
        CostRules.amount(draft.rate(), "rate", false, CostRules.MAX_RATE);
        if (draft.effectiveFrom() != null && draft.effectiveFrom().isBefore(EVER)) {
            throw BusinessRuleException.invalid("effectiveFrom", "effectiveFrom must be in 1900 or later; leave it "
                    + "empty for a rate that applies since always");
        }
        boolean taken = of(List.of(resource)).stream().anyMatch(r -> !Objects.equals(r.id(), id)
                && Objects.equals(r.effectiveFrom(), draft.effectiveFrom()));
        if (taken) {
            throw BusinessRuleException.conflict("effectiveFrom", draft.effectiveFrom() == null
                    ? "the resource already has a rate that applies since always; change that one"
                    : "the resource already has a rate from " + draft.effectiveFrom() + "; change that one");
        }
    }

    /** Prices of past work changed: the actual cost of every project the resource is assigned in follows. */
    private void refreshProjectsOf(ResourceId resource) {
        Set<ProjectId> affected = new LinkedHashSet<>();
        for (AssignmentDemand d : demands.overlapping(EVER, NEVER)) {
            if (d.resourceId().equals(resource)) {
                affected.add(d.projectId());
            }
        }
        affected.forEach(projects::refreshActualCost);
    }

    private static void requirePmo() {
        CurrentUsers.requireAny("Only the PMO or an administrator sets cost rates.", Role.ADMIN, Role.PMO);
    }

    private static ResourceRate map(ResultSet rs, int row) throws SQLException {
        BigDecimal rate = rs.getBigDecimal("rate");
        return new ResourceRate(rs.getLong("id"), rs.getLong("version"), ResourceId.of(rs.getLong("resource_id")),
                rs.getObject("effective_from", LocalDate.class), rate);
    }
}
