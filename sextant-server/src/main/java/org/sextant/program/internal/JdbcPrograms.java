package org.sextant.program.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.identity.UserId;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.Paging;
import org.sextant.platform.PageResult;
import org.sextant.platform.SqlFilter;
import org.sextant.portfolio.PortfolioId;
import org.sextant.portfolio.Portfolios;
import org.sextant.program.Program;
import org.sextant.program.ProgramId;
import org.sextant.program.Programs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcPrograms implements Programs {

    private static final String ENTITY = "Program";
    private static final Map<String, String> SORTS = Map.of("name", "name", "start", "start_date",
            "finish", "finish_date", "id", "id");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Portfolios portfolios;

    JdbcPrograms(JdbcClient jdbc, AuditLog audit, Portfolios portfolios) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.portfolios = portfolios;
    }

    @Override
    public Optional<Program> find(ProgramId id) {
        return jdbc.sql("select * from program where id = ?").param(id.value()).query(JdbcPrograms::map).optional();
    }

    @Override
    public Program get(ProgramId id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public PageResult<Program> list(PortfolioId portfolio, String text, PageRequest page) {
        SqlFilter filter = new SqlFilter()
                .eq("portfolio_id = :portfolio", "portfolio", portfolio == null ? null : portfolio.value())
                .contains("text", text, "name", "description", "sponsor");
        return Paging.page(jdbc, "program", filter, page.orderBy(SORTS, "name"), page, JdbcPrograms::map);
    }

    @Override
    public List<Program> all() {
        return jdbc.sql("select * from program order by name").query(JdbcPrograms::map).list();
    }

    @Override
    public boolean manages(CurrentUser user, ProgramId id) {
        if (user.isOrganisationWide()) {
            return true;
        }
        return user.has(Role.PROGRAM_MANAGER) && find(id).map(p -> user.id().equals(p.managerId())).orElse(false);
    }

    @Override
    @Transactional
    public Program create(Program.Draft draft) {
        CurrentUsers.requireAny("Only the PMO or an administrator creates programs.", Role.ADMIN, Role.PMO);
        validate(draft);
        long id = jdbc.sql("""
                insert into program (portfolio_id, name, description, manager_user_id, sponsor, start_date, finish_date)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(draft.portfolioId().value(), draft.name(), draft.description(), userId(draft.managerId()),
                        draft.sponsor(), date(draft.start()), date(draft.finish()))
                .query(Long.class).single();
        Program created = get(ProgramId.of(id));
        audit.created(ENTITY, id, null, created);
        return created;
    }

    @Override
    @Transactional
    public Program update(ProgramId id, long expectedVersion, Program.Draft draft) {
        CurrentUser user = CurrentUsers.require();
        Program before = get(id);
        if (!manages(user, id)) {
            throw new AccessDeniedException("Only the program's manager, the PMO or an administrator changes program '"
                    + before.name() + "'.");
        }
        if (!user.isOrganisationWide() && !java.util.Objects.equals(before.managerId(), draft.managerId())) {
            throw new AccessDeniedException("Only the PMO or an administrator hands a program to another manager.");
        }
        validate(draft);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        int rows = jdbc.sql("""
                update program set portfolio_id = ?, name = ?, description = ?, manager_user_id = ?, sponsor = ?,
                    start_date = ?, finish_date = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(draft.portfolioId().value(), draft.name(), draft.description(), userId(draft.managerId()),
                        draft.sponsor(), date(draft.start()), date(draft.finish()), id.value(), expectedVersion)
                .update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        Program after = get(id);
        audit.updated(ENTITY, id, null, before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(ProgramId id, long expectedVersion) {
        CurrentUsers.requireAny("Only the PMO or an administrator deletes programs.", Role.ADMIN, Role.PMO);
        Program before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        jdbc.sql("delete from program where id = ?").param(id.value()).update();
        audit.deleted(ENTITY, id, null, before);
    }

    private void validate(Program.Draft draft) {
        if (portfolios.find(draft.portfolioId()).isEmpty()) {
            throw BusinessRuleException.invalid("portfolioId", "portfolio " + draft.portfolioId() + " does not exist");
        }
        if (draft.start() != null && draft.finish() != null && draft.finish().isBefore(draft.start())) {
            throw BusinessRuleException.invalid("finish", "finish " + draft.finish() + " is before start " + draft.start());
        }
    }

    private static Long userId(UserId id) {
        return id == null ? null : id.value();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static Program map(ResultSet rs, int row) throws SQLException {
        Long manager = rs.getObject("manager_user_id", Long.class);
        return new Program(ProgramId.of(rs.getLong("id")), rs.getLong("version"),
                PortfolioId.of(rs.getLong("portfolio_id")), rs.getString("name"), rs.getString("description"),
                manager == null ? null : UserId.of(manager), rs.getString("sponsor"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("finish_date", LocalDate.class));
    }
}
