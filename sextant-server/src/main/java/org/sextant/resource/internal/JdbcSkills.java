package org.sextant.resource.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.Paging;
import org.sextant.platform.PageResult;
import org.sextant.platform.SqlFilter;
import org.sextant.resource.Skill;
import org.sextant.resource.SkillId;
import org.sextant.resource.Skills;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Skills} over the {@code skill} table. Writes need ADMIN or PMO. */
@Service
@Transactional(readOnly = true)
class JdbcSkills implements Skills {

    private static final String ENTITY = "Skill";
    private static final Map<String, String> SORTS = Map.of("name", "name", "category", "category", "id", "id");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcSkills(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<Skill> find(SkillId id) {
        return jdbc.sql("select * from skill where id = ?").param(id.value()).query(JdbcSkills::map).optional();
    }

    @Override
    public Skill get(SkillId id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public PageResult<Skill> list(String text, String category, PageRequest page) {
        SqlFilter filter = new SqlFilter().contains("text", text, "name").eq("category = :category", "category", category);
        return Paging.page(jdbc, "skill", filter, page.orderBy(SORTS, "name"), page, JdbcSkills::map);
    }

    @Override
    public List<Skill> all() {
        return jdbc.sql("select * from skill order by name").query(JdbcSkills::map).list();
    }

    @Override
    @Transactional
    public Skill create(Skill.Draft draft) {
        requirePmo();
        requireUniqueName(null, draft.name());
        long id = jdbc.sql("insert into skill (name, category) values (?, ?) returning id")
                .params(draft.name(), draft.category()).query(Long.class).single();
        Skill created = get(SkillId.of(id));
        audit.created(ENTITY, id, null, created);
        return created;
    }

    @Override
    @Transactional
    public Skill update(SkillId id, long expectedVersion, Skill.Draft draft) {
        requirePmo();
        Skill before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        requireUniqueName(id, draft.name());
        int rows = jdbc.sql("""
                update skill set name = ?, category = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(draft.name(), draft.category(), id.value(), expectedVersion).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        Skill after = get(id);
        audit.updated(ENTITY, id, null, before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(SkillId id, long expectedVersion) {
        requirePmo();
        Skill before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        long holders = jdbc.sql("select count(*) from resource_skill where skill_id = ?").param(id.value())
                .query(Long.class).single();
        if (holders > 0) {
            throw BusinessRuleException.conflict("id", "Skill '" + before.name() + "' is held by " + holders
                    + " resource(s); remove it from them first.");
        }
        jdbc.sql("delete from skill where id = ?").param(id.value()).update();
        audit.deleted(ENTITY, id, null, before);
    }

    private void requireUniqueName(SkillId self, String name) {
        boolean taken = jdbc.sql("select exists (select 1 from skill where lower(name) = lower(?) and id <> ?)")
                .params(name, self == null ? -1 : self.value()).query(Boolean.class).single();
        if (taken) {
            throw BusinessRuleException.conflict("name", "a skill named '" + name + "' already exists");
        }
    }

    private static void requirePmo() {
        CurrentUsers.requireAny("Only the PMO or an administrator maintains the skill catalogue.", Role.ADMIN, Role.PMO);
    }

    static Skill map(ResultSet rs, int row) throws SQLException {
        return new Skill(SkillId.of(rs.getLong("id")), rs.getLong("version"), rs.getString("name"),
                rs.getString("category"));
    }
}
