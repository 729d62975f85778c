package org.sextant.project.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.Paging;
import org.sextant.platform.PageResult;
import org.sextant.platform.SqlFilter;
import org.sextant.portfolio.Portfolios;
import org.sextant.program.Program;
import org.sextant.program.Programs;
import org.sextant.project.DerivedActualCost;
import org.sextant.project.Project;
import org.sextant.project.ProjectContent;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.project.Stakeholder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcProjects implements Projects {

    static final String PROJECT = "Project";
    static final String STAKEHOLDER = "Stakeholder";
    private static final Map<String, String> SORTS = Map.ofEntries(Map.entry("code", "code"), Map.entry("name", "name"),
            Map.entry("phase", "phase"), Map.entry("status", "status"), Map.entry("priority", "priority"),
            Map.entry("plannedStart", "planned_start"), Map.entry("plannedFinish", "planned_finish"),
            Map.entry("budget", "budget"), Map.entry("actualCost", "actual_cost"), Map.entry("id", "id"));

    private static final Map<String, String> STAKEHOLDER_SORTS = Map.of("name", "name", "organisation", "organisation",
            "interest", "interest", "influence", "influence", "id", "id");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Portfolios portfolios;
    private final Programs programs;
    private final ScopedProjectAccess access;
    private final List<ProjectContent> contents;
    private final ObjectProvider<DerivedActualCost> derived;

    JdbcProjects(JdbcClient jdbc, AuditLog audit, Portfolios portfolios, Programs programs, ScopedProjectAccess access,
            List<ProjectContent> contents, ObjectProvider<DerivedActualCost> derived) {
        this.derived = derived;
        this.jdbc = jdbc;
        this.audit = audit;
        this.portfolios = portfolios;
        this.programs = programs;
        this.access = access;
        this.contents = contents.stream().sorted(Comparator.comparingInt(ProjectContent::deletionOrder)).toList();
    }

    @Override
    public Optional<Project> find(ProjectId id) {
        return jdbc.sql("select * from project where id = ?").param(id.value()).query(ProjectRows::project).optional();
    }

    @Override
    public Project get(ProjectId id) {
        access.requireRead(id);
        return find(id).orElseThrow(() -> new NotFoundException(PROJECT, id));
    }

    @Override
    public PageResult<Project> list(Filter f, PageRequest page) {
        SqlFilter filter = scoped(CurrentUsers.require())
                .contains("text", f.text(), "code", "name", "client", "sponsor")
                .eq("portfolio_id = :portfolio", "portfolio", f.portfolio() == null ? null : f.portfolio().value())
                .eq("program_id = :program", "program", f.program() == null ? null : f.program().value())
                .eq("manager_user_id = :manager", "manager", f.manager() == null ? null : f.manager().value())
                .eq("phase = :phase", "phase", f.phase() == null ? null : f.phase().name())
                .eq("status = :status", "status", f.status() == null ? null : f.status().name());
        return Paging.page(jdbc, "project", filter, page.orderBy(SORTS, "code"), page, ProjectRows::project);
    }

    @Override
    public List<Project> visible() {
        SqlFilter filter = scoped(CurrentUsers.require());
        return jdbc.sql("select * from project" + filter.where() + " order by code").params(filter.params())
                .query(ProjectRows::project).list();
    }

    /** Limits a query to the projects the user may read. */
    private SqlFilter scoped(CurrentUser user) {
        SqlFilter filter = new SqlFilter();
        if (!user.readsAllProjects()) {
            Set<Long> ids = access.memberOf(user).stream().map(ProjectId::value).collect(Collectors.toSet());
            filter.always("id = any(:visible)", Map.of("visible", ids.isEmpty() ? new Long[] {-1L} : ids.toArray(Long[]::new)));
        }
        return filter;
    }

    @Override
    @Transactional
    public Project create(Project.Draft draft) {
        CurrentUser user = CurrentUsers.require();
        validate(draft);
        requireMayCreate(user, draft);
        long id = jdbc.sql("""
                insert into project (code, name, objective, description, statement_of_work, client, sponsor,
                    manager_user_id, portfolio_id, program_id, phase, status, priority, planned_start, planned_finish,
                    budget, actual_cost, currency, calendar_id, status_date)
                values (:code, :name, :objective, :description, :sow, :client, :sponsor, :manager, :portfolio, :program,
                    :phase, :status, :priority, :start, :finish, :budget, :actualCost, :currency, :calendar, :statusDate)
                returning id""")
                .params(params(draft)).query(Long.class).single();
        Project created = find(ProjectId.of(id)).orElseThrow();
        audit.created(PROJECT, id, id, created);
        return created;
    }

    @Override
    @Transactional
    public Project update(ProjectId id, long expectedVersion, Project.Draft draft) {
        CurrentUser user = access.requireEdit(id);
        Project before = find(id).orElseThrow(() -> new NotFoundException(PROJECT, id));
        validate(draft);
        if (!Objects.equals(before.programId(), draft.programId()) || !Objects.equals(before.managerId(), draft.managerId())) {
            requireMayCreate(user, draft);
        }
        ExpectedVersion.check(PROJECT, id, expectedVersion, before.version());
        Map<String, Object> params = params(draft);
        params.put("id", id.value());
        params.put("version", expectedVersion);
        derivedActualCost(id).ifPresent(cost -> params.put("actualCost", cost));
        int rows = jdbc.sql("""
                update project set code = :code, name = :name, objective = :objective, description = :description,
                    statement_of_work = :sow, client = :client, sponsor = :sponsor, manager_user_id = :manager,
                    portfolio_id = :portfolio, program_id = :program, phase = :phase, status = :status,
                    priority = :priority, planned_start = :start, planned_finish = :finish, budget = :budget,
                    actual_cost = :actualCost, currency = :currency, calendar_id = :calendar, status_date = :statusDate,
                    version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .params(params).update();
        ExpectedVersion.requireUpdated(rows, PROJECT, id, expectedVersion);
        Project after = find(id).orElseThrow();
        audit.updated(PROJECT, id, id.value(), before, after);
        return after;
    }

    @Override
    @Transactional
    public void refreshActualCost(ProjectId id) {
        access.requireRead(id);
        Optional<java.math.BigDecimal> cost = derivedActualCost(id);
        if (cost.isEmpty()) {
            return;
        }
        Project before = find(id).orElseThrow(() -> new NotFoundException(PROJECT, id));
        if (before.actualCost() != null && before.actualCost().compareTo(cost.get()) == 0) {
            return;
        }
        jdbc.sql("update project set actual_cost = ?, updated_at = now() where id = ?").params(cost.get(), id.value())
                .update();
        audit.updated(PROJECT, id, id.value(), before, find(id).orElseThrow());
    }

    /** The actual cost the cost feature derives, when the project records actuals: it replaces a typed figure. */
    private Optional<java.math.BigDecimal> derivedActualCost(ProjectId id) {
        return derived.getIfAvailable(() -> DerivedActualCost.NONE).of(id);
    }

    @Override
    @Transactional
    public void delete(ProjectId id, long expectedVersion, boolean withContent) {
        access.requireEdit(id);
        Project before = find(id).orElseThrow(() -> new NotFoundException(PROJECT, id));
        ExpectedVersion.check(PROJECT, id, expectedVersion, before.version());
        Map<String, Long> held = new LinkedHashMap<>();
        long stakeholders = jdbc.sql("select count(*) from stakeholder where project_id = ?").param(id.value())
                .query(Long.class).single();
        if (stakeholders > 0) {
            held.put("stakeholders", stakeholders);
        }
        contents.forEach(c -> c.countIn(id).forEach((kind, n) -> {
            if (n > 0) {
                held.merge(kind, n, Long::sum);
            }
        }));
        if (!held.isEmpty() && !withContent) {
            throw BusinessRuleException.conflict("withContent", "Project " + before.code() + " still holds "
                    + held.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                    + ". Delete with withContent=true to remove them too.");
        }
        contents.forEach(c -> c.deleteIn(id));
        jdbc.sql("delete from stakeholder where project_id = ?").param(id.value()).update();
        jdbc.sql("delete from project where id = ?").param(id.value()).update();
        audit.deleted(PROJECT, id, id.value(), before);
    }

    @Override
    public List<Stakeholder> stakeholders(ProjectId project) {
        access.requireRead(project);
        return jdbc.sql("select * from stakeholder where project_id = ? order by name, id").param(project.value())
                .query(ProjectRows::stakeholder).list();
    }

    @Override
    public PageResult<Stakeholder> stakeholders(ProjectId project, String text, PageRequest page) {
        access.requireRead(project);
        SqlFilter filter = new SqlFilter().always("project_id = :project", Map.of("project", project.value()))
                .contains("text", text, "name", "organisation", "role");
        return Paging.page(jdbc, "stakeholder", filter, page.orderBy(STAKEHOLDER_SORTS, "name"), page, ProjectRows::stakeholder);
    }

    @Override
    public Stakeholder stakeholder(long id) {
        Stakeholder stakeholder = findStakeholder(id);
        access.requireRead(stakeholder.projectId());
        return stakeholder;
    }

    @Override
    @Transactional
    public Stakeholder addStakeholder(ProjectId project, Stakeholder.Draft d) {
        access.requireEdit(project);
        long id = jdbc.sql("""
                insert into stakeholder (project_id, name, organisation, role, email, interest, influence,
                    communication_preference, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(project.value(), d.name(), d.organisation(), d.role(), d.email(), d.interest().name(),
                        d.influence().name(), d.communicationPreference(), d.notes())
                .query(Long.class).single();
        Stakeholder created = findStakeholder(id);
        audit.created(STAKEHOLDER, id, project.value(), created);
        return created;
    }

    @Override
    @Transactional
    public Stakeholder updateStakeholder(long id, long expectedVersion, Stakeholder.Draft d) {
        Stakeholder before = findStakeholder(id);
        access.requireEdit(before.projectId());
        ExpectedVersion.check(STAKEHOLDER, id, expectedVersion, before.version());
        int rows = jdbc.sql("""
                update stakeholder set name = ?, organisation = ?, role = ?, email = ?, interest = ?, influence = ?,
                    communication_preference = ?, notes = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(d.name(), d.organisation(), d.role(), d.email(), d.interest().name(), d.influence().name(),
                        d.communicationPreference(), d.notes(), id, expectedVersion)
                .update();
        ExpectedVersion.requireUpdated(rows, STAKEHOLDER, id, expectedVersion);
        Stakeholder after = findStakeholder(id);
        audit.updated(STAKEHOLDER, id, before.projectId().value(), before, after);
        return after;
    }

    @Override
    @Transactional
    public void deleteStakeholder(long id, long expectedVersion) {
        Stakeholder before = findStakeholder(id);
        access.requireEdit(before.projectId());
        ExpectedVersion.check(STAKEHOLDER, id, expectedVersion, before.version());
        jdbc.sql("delete from stakeholder where id = ?").param(id).update();
        audit.deleted(STAKEHOLDER, id, before.projectId().value(), before);
    }

    private Stakeholder findStakeholder(long id) {
        return jdbc.sql("select * from stakeholder where id = ?").param(id).query(ProjectRows::stakeholder)
                .optional().orElseThrow(() -> new NotFoundException(STAKEHOLDER, id));
    }

    /** Creating (or moving/re-managing) a project: PMO anywhere, program managers in their programs, project managers for themselves. */
    private void requireMayCreate(CurrentUser user, Project.Draft draft) {
        if (user.isOrganisationWide()) {
            return;
        }
        if (draft.programId() != null && programs.manages(user, draft.programId())) {
            return;
        }
        if (user.has(Role.PROJECT_MANAGER) && user.id().equals(draft.managerId()) && draft.programId() == null) {
            return;
        }
        throw new AccessDeniedException(user.has(Role.PROJECT_MANAGER)
                ? "A project manager creates projects they manage themselves, outside programs they do not manage."
                : "Your role does not allow creating or re-assigning projects.");
    }

    private void validate(Project.Draft d) {
        if (d.plannedFinish().isBefore(d.plannedStart())) {
            throw BusinessRuleException.invalid("plannedFinish", "planned finish " + d.plannedFinish()
                    + " is before planned start " + d.plannedStart());
        }
        if (portfolios.find(d.portfolioId()).isEmpty()) {
            throw BusinessRuleException.invalid("portfolioId", "portfolio " + d.portfolioId() + " does not exist");
        }
        if (d.programId() != null) {
            Program program = programs.find(d.programId()).orElseThrow(() ->
                    BusinessRuleException.invalid("programId", "program " + d.programId() + " does not exist"));
            if (!program.portfolioId().equals(d.portfolioId())) {
                throw BusinessRuleException.invalid("programId", "program " + program.name()
                        + " belongs to another portfolio than the project");
            }
        }
    }

    private static Map<String, Object> params(Project.Draft d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", d.code());
        p.put("name", d.name());
        p.put("objective", d.objective());
        p.put("description", d.description());
        p.put("sow", d.statementOfWork());
        p.put("client", d.client());
        p.put("sponsor", d.sponsor());
        p.put("manager", d.managerId() == null ? null : d.managerId().value());
        p.put("portfolio", d.portfolioId().value());
        p.put("program", d.programId() == null ? null : d.programId().value());
        p.put("phase", d.phase().name());
        p.put("status", d.status().name());
        p.put("priority", d.priority());
        p.put("start", date(d.plannedStart()));
        p.put("finish", date(d.plannedFinish()));
        p.put("budget", d.budget());
        p.put("actualCost", d.actualCost());
        p.put("currency", d.currency());
        p.put("calendar", d.calendarId());
        p.put("statusDate", date(d.statusDate()));
        return p;
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

}
