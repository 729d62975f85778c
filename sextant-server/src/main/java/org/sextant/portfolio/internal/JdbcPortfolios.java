package org.sextant.portfolio.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.identity.UserId;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.Paging;
import org.sextant.platform.PageResult;
import org.sextant.platform.SqlFilter;
import org.sextant.portfolio.Portfolio;
import org.sextant.portfolio.PortfolioId;
import org.sextant.portfolio.Portfolios;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcPortfolios implements Portfolios {

    private static final String ENTITY = "Portfolio";
    private static final Map<String, String> SORTS = Map.of("name", "name", "id", "id");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcPortfolios(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<Portfolio> find(PortfolioId id) {
        return jdbc.sql("select * from portfolio where id = ?").param(id.value()).query(JdbcPortfolios::map).optional();
    }

    @Override
    public Portfolio get(PortfolioId id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public PageResult<Portfolio> list(String text, PageRequest page) {
        SqlFilter filter = new SqlFilter().contains("text", text, "name", "description");
        return Paging.page(jdbc, "portfolio", filter, page.orderBy(SORTS, "name"), page, JdbcPortfolios::map);
    }

    @Override
    public List<Portfolio> all() {
        return jdbc.sql("select * from portfolio order by name").query(JdbcPortfolios::map).list();
    }

    @Override
    @Transactional
    public Portfolio create(Portfolio.Draft draft) {
        requirePmo();
        long id = jdbc.sql("insert into portfolio (name, description, owner_user_id) values (?, ?, ?) returning id")
                .params(draft.name(), draft.description(), userId(draft.ownerId()))
                .query(Long.class).single();
        Portfolio created = get(PortfolioId.of(id));
        audit.created(ENTITY, id, null, created);
        return created;
    }

    @Override
    @Transactional
    public Portfolio update(PortfolioId id, long expectedVersion, Portfolio.Draft draft) {
        requirePmo();
        Portfolio before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        int rows = jdbc.sql("""
                update portfolio set name = ?, description = ?, owner_user_id = ?, version = version + 1,
                    updated_at = now()
                where id = ? and version = ?""")
                .params(draft.name(), draft.description(), userId(draft.ownerId()), id.value(), expectedVersion)
                .update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        Portfolio after = get(id);
        audit.updated(ENTITY, id, null, before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(PortfolioId id, long expectedVersion) {
        requirePmo();
        Portfolio before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        jdbc.sql("delete from portfolio where id = ?").param(id.value()).update();
        audit.deleted(ENTITY, id, null, before);
    }

    private static void requirePmo() {
        CurrentUsers.requireAny("Only the PMO or an administrator manages portfolios.", Role.ADMIN, Role.PMO);
    }

    private static Long userId(UserId id) {
        return id == null ? null : id.value();
    }

    static Portfolio map(ResultSet rs, int row) throws SQLException {
        Long owner = rs.getObject("owner_user_id", Long.class);
        return new Portfolio(PortfolioId.of(rs.getLong("id")), rs.getLong("version"), rs.getString("name"),
                rs.getString("description"), owner == null ? null : UserId.of(owner));
    }
}
