package org.sextant.resource.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.identity.UserId;
import org.sextant.identity.Users;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.Paging;
import org.sextant.platform.PageResult;
import org.sextant.platform.SqlFilter;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.sextant.resource.SkillId;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.Calendars;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Resources} over {@code resource} and {@code resource_skill}. Writes need ADMIN or PMO. */
@Service
@Transactional(readOnly = true)
class JdbcResources implements Resources {

    private static final String ENTITY = "Resource";
    private static final Map<String, String> SORTS = Map.of("name", "name", "kind", "kind", "costRate", "cost_rate",
            "maxUnits", "max_units", "departmentId", "department_id", "id", "id");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Users users;
    private final Calendars calendars;

    JdbcResources(JdbcClient jdbc, AuditLog audit, Users users, Calendars calendars) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.users = users;
        this.calendars = calendars;
    }

    @Override
    public Optional<Resource> find(ResourceId id) {
        return jdbc.sql("select * from resource where id = ?").param(id.value()).query(this::map).optional();
    }

    @Override
    public Resource get(ResourceId id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public Optional<Resource> findByUser(UserId user) {
        return jdbc.sql("select * from resource where user_id = ?").param(user.value()).query(this::map).optional();
    }

    @Override
    public PageResult<Resource> list(Filter filter, PageRequest page) {
        SqlFilter where = new SqlFilter()
                .contains("text", filter.text(), "name", "email")
                .eq("kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
                .eq("department_id = :department", "department", filter.departmentId())
                .eq("id in (select resource_id from resource_skill where skill_id = :skill)", "skill",
                        filter.skillId() == null ? null : filter.skillId().value())
                .eq("active = :active", "active", filter.active());
        PageResult<Resource> bare = Paging.page(jdbc, "resource", where, page.orderBy(SORTS, "name"), page,
                (rs, row) -> map(rs, List.of()));
        return withSkills(bare);
    }

    @Override
    @Transactional
    public Resource create(Resource.Draft draft) {
        requirePmo();
        validate(null, draft);
        Map<String, Object> params = params(draft);
        long id = jdbc.sql("""
                insert into resource (name, kind, email, user_id, department_id, cost_rate, currency, max_units,
                    calendar_id, employment_start, employment_end, active)
                values (:name, :kind, :email, :user, :department, :costRate, :currency, :maxUnits, :calendar,
                    :employmentStart, :employmentEnd, :active)
                returning id""").params(params).query(Long.class).single();
        writeSkills(id, draft);
        Resource created = get(ResourceId.of(id));
        audit.created(ENTITY, id, null, created);
        return created;
    }

    @Override
    @Transactional
    public Resource update(ResourceId id, long expectedVersion, Resource.Draft draft) {
        requirePmo();
        Resource before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        validate(id, draft);
        Map<String, Object> params = params(draft);
        params.put("id", id.value());
        params.put("version", expectedVersion);
        int rows = jdbc.sql("""
                update resource set name = :name, kind = :kind, email = :email, user_id = :user,
                    department_id = :department, cost_rate = :costRate, currency = :currency, max_units = :maxUnits,
                    calendar_id = :calendar, employment_start = :employmentStart, employment_end = :employmentEnd,
                    active = :active, version = version + 1, updated_at = now()
                where id = :id and version = :version""").params(params).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        jdbc.sql("delete from resource_skill where resource_id = ?").param(id.value()).update();
        writeSkills(id.value(), draft);
        Resource after = get(id);
        audit.updated(ENTITY, id, null, before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(ResourceId id, long expectedVersion) {
        requirePmo();
        Resource before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        long assignments = jdbc.sql("select count(*) from assignment where resource_id = ?").param(id.value())
                .query(Long.class).single();
        if (assignments > 0) {
            throw BusinessRuleException.conflict("id", "Resource '" + before.name() + "' is assigned to " + assignments
                    + " task(s); remove those assignments first, or set the resource inactive.");
        }
        jdbc.sql("delete from resource where id = ?").param(id.value()).update();
        audit.deleted(ENTITY, id, null, before);
    }

    private void validate(ResourceId self, Resource.Draft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw BusinessRuleException.invalid("name", "a resource needs a name");
        }
        if (draft.maxUnits() != null && draft.maxUnits().signum() <= 0) {
            throw BusinessRuleException.invalid("maxUnits", "max units must be more than 0 (1 = full time)");
        }
        if (draft.departmentId() != null && users.findDepartment(draft.departmentId()).isEmpty()) {
            throw BusinessRuleException.invalid("departmentId", "department " + draft.departmentId() + " does not exist");
        }
        if (draft.userId() != null) {
            if (users.find(draft.userId()).isEmpty()) {
                throw BusinessRuleException.invalid("userId", "user " + draft.userId() + " does not exist");
            }
            findByUser(draft.userId()).filter(r -> !r.id().equals(self)).ifPresent(r -> {
                throw BusinessRuleException.conflict("userId", "user " + draft.userId()
                        + " is already linked to resource '" + r.name() + "' (" + r.id() + ")");
            });
        }
        if (draft.calendarId() != null && calendars.find(draft.calendarId()).isEmpty()) {
            throw BusinessRuleException.invalid("calendarId", "calendar " + draft.calendarId() + " does not exist");
        }
        if (draft.employmentStart() != null && draft.employmentEnd() != null
                && draft.employmentEnd().isBefore(draft.employmentStart())) {
            throw BusinessRuleException.invalid("employmentEnd", "employment end " + draft.employmentEnd()
                    + " is before employment start " + draft.employmentStart());
        }
        Set<SkillId> seen = new HashSet<>();
        for (int i = 0; i < draft.skills().size(); i++) {
            Resource.SkillLevel level = draft.skills().get(i);
            boolean exists = jdbc.sql("select exists (select 1 from skill where id = ?)").param(level.skillId().value())
                    .query(Boolean.class).single();
            if (!exists) {
                throw BusinessRuleException.invalid("skills[" + i + "].skillId", "skill " + level.skillId() + " does not exist");
            }
            if (!seen.add(level.skillId())) {
                throw BusinessRuleException.invalid("skills[" + i + "].skillId", "skill " + level.skillId() + " is listed twice");
            }
        }
    }

    private void writeSkills(long resourceId, Resource.Draft draft) {
        for (Resource.SkillLevel level : draft.skills()) {
            jdbc.sql("insert into resource_skill (resource_id, skill_id, proficiency) values (?, ?, ?)")
                    .params(resourceId, level.skillId().value(), level.proficiency()).update();
        }
    }

    private static Map<String, Object> params(Resource.Draft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", d.name());
        p.put("kind", (d.kind() == null ? ResourceKind.PERSON : d.kind()).name());
        p.put("email", d.email());
        p.put("user", d.userId() == null ? null : d.userId().value());
        p.put("department", d.departmentId());
        p.put("costRate", d.costRate() == null ? BigDecimal.ZERO : d.costRate());
        p.put("currency", d.currency() == null ? "EUR" : d.currency());
        p.put("maxUnits", d.maxUnits() == null ? BigDecimal.ONE : d.maxUnits());
        p.put("calendar", d.calendarId() == null ? null : d.calendarId().value());
        p.put("employmentStart", d.employmentStart());
        p.put("employmentEnd", d.employmentEnd());
        p.put("active", d.active());
        return p;
    }

    private static void requirePmo() {
        CurrentUsers.requireAny("Only the PMO or an administrator maintains resources.", Role.ADMIN, Role.PMO);
    }

    private List<Resource.SkillLevel> skills(long resourceId) {
        return jdbc.sql("""
                select rs.skill_id, s.name, rs.proficiency from resource_skill rs join skill s on s.id = rs.skill_id
                where rs.resource_id = ? order by s.name""").param(resourceId)
                .query((rs, row) -> new Resource.SkillLevel(SkillId.of(rs.getLong(1)), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /** The page's resources with their skills, read in one query instead of one per resource. */
    private PageResult<Resource> withSkills(PageResult<Resource> bare) {
        if (bare.items().isEmpty()) {
            return bare;
        }
        Map<Long, List<Resource.SkillLevel>> byResource = new HashMap<>();
        jdbc.sql("""
                select rs.resource_id, rs.skill_id, s.name, rs.proficiency from resource_skill rs
                join skill s on s.id = rs.skill_id where rs.resource_id = any(?) order by s.name""")
                .param(bare.items().stream().map(r -> r.id().value()).toArray(Long[]::new))
                .query(rs -> {
                    byResource.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(new Resource.SkillLevel(SkillId.of(rs.getLong(2)), rs.getString(3), rs.getInt(4)));
                });
        return bare.map(r -> new Resource(r.id(), r.version(), r.name(), r.kind(), r.email(), r.userId(),
                r.departmentId(), byResource.getOrDefault(r.id().value(), List.of()), r.costRate(), r.currency(),
                r.maxUnits(), r.calendarId(), r.employmentStart(), r.employmentEnd(), r.active()));
    }

    private Resource map(ResultSet rs, int row) throws SQLException {
        return map(rs, skills(rs.getLong("id")));
    }

    private static Resource map(ResultSet rs, List<Resource.SkillLevel> skills) throws SQLException {
        long id = rs.getLong("id");
        Long user = rs.getObject("user_id", Long.class);
        Long calendar = rs.getObject("calendar_id", Long.class);
        return new Resource(ResourceId.of(id), rs.getLong("version"), rs.getString("name"),
                ResourceKind.valueOf(rs.getString("kind")), rs.getString("email"), user == null ? null : UserId.of(user),
                rs.getObject("department_id", Long.class), skills, rs.getBigDecimal("cost_rate"),
                rs.getString("currency"), rs.getBigDecimal("max_units"),
                calendar == null ? null : CalendarId.of(calendar), rs.getObject("employment_start", LocalDate.class),
                rs.getObject("employment_end", LocalDate.class), rs.getBoolean("active"));
    }
}
