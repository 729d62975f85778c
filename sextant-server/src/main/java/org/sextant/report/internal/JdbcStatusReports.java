package org.sextant.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.User;
import org.sextant.identity.Users;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.platform.Paging;
import org.sextant.platform.SqlFilter;
import org.sextant.project.Project;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.report.Evidence;
import org.sextant.report.HealthSettings;
import org.sextant.report.HealthThresholds;
import org.sextant.report.ReportPeriod;
import org.sextant.report.StatusReport;
import org.sextant.report.StatusReports;
import org.sextant.report.Suggestions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link StatusReports} over the {@code status_report} table. Suggestions are recomputed from live data
 * on every change of a draft and once more on submit, when the evidence is frozen with the report.
 */
@Service
@Transactional(readOnly = true)
class JdbcStatusReports implements StatusReports {

    static final String ENTITY = "StatusReport";
    private static final int TEXT_LIMIT = 20_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProjectAccess access;
    private final Projects projects;
    private final HealthSettings settings;
    private final EvidenceCollector evidence;
    private final JsonMapper json;
    private final StatusReportPdf writer;
    private final Users users;
    private final RowMapper<StatusReport> mapper;

    JdbcStatusReports(JdbcClient jdbc, AuditLog audit, ProjectAccess access, Projects projects, HealthSettings settings,
            EvidenceCollector evidence, JsonMapper json, StatusReportPdf writer, Users users) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.projects = projects;
        this.settings = settings;
        this.evidence = evidence;
        this.json = json;
        this.writer = writer;
        this.users = users;
        this.mapper = StatusReportRows.mapper(json);
    }

    @Override
    public PageResult<StatusReport> list(ProjectId projectId, PageRequest page) {
        access.requireRead(projectId);
        SqlFilter filter = new SqlFilter().eq("project_id = :project", "project", projectId.value());
        String order = page.sort() == null ? " order by period_end desc, id desc"
                : page.orderBy(Map.of("periodEnd", "period_end", "state", "state"), "periodEnd");
        return Paging.page(jdbc, "status_report", filter, order, page, mapper);
    }

    @Override
    public StatusReport get(long id) {
        StatusReport report = load(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        access.requireRead(report.projectId());
        return report;
    }

    @Override
    public Suggestions suggest(ProjectId projectId, LocalDate statusDate) {
        access.requireRead(projectId);
        return suggestions(projectId, statusDate);
    }

    private Suggestions suggestions(ProjectId projectId, LocalDate statusDate) {
        HealthThresholds t = settings.thresholds();
        Evidence e = evidence.collect(projectId, statusDate);
        return new Suggestions(HealthRules.schedule(e, t), HealthRules.cpi(e, t), HealthRules.scopeChange(e, t),
                HealthRules.risk(), e);
    }

    @Override
    @Transactional
    public StatusReport create(ProjectId projectId, ReportPeriod period, LocalDate periodEnd) {
        CurrentUser user = access.requireEdit(projectId);
        if (period == null) {
            throw BusinessRuleException.invalid("period", "period is WEEKLY or MONTHLY");
        }
        Optional<StatusReport> draft = jdbc.sql("select * from status_report where project_id = ? and state = 'DRAFT'")
                .param(projectId.value()).query(mapper).optional();
        if (draft.isPresent()) {
            throw BusinessRuleException.conflict("periodEnd", "the report for " + draft.get().periodEnd()
                    + " is still a draft (id " + draft.get().id() + "): submit or delete it first");
        }
        Optional<StatusReport> last = jdbc.sql("""
                select * from status_report where project_id = ? order by period_end desc limit 1""")
                .param(projectId.value()).query(mapper).optional();
        LocalDate end = periodEnd != null ? periodEnd
                : last.map(r -> period.next(r.periodEnd())).orElseGet(() -> firstPeriodEnd(projectId));
        if (last.isPresent() && !end.isAfter(last.get().periodEnd())) {
            throw BusinessRuleException.conflict("periodEnd", "a new report must be for a period after the last one, "
                    + "which ended " + last.get().periodEnd() + "; was " + end);
        }
        Suggestions s = suggestions(projectId, end);
        Assessing.Assessed a = Assessing.assess(s, Assessing.prefill(s, last.orElse(null)));
        StatusReport.Draft narrative = Assessing.prefill(s, last.orElse(null));
        Map<String, Object> params = new LinkedHashMap<>(StatusReportRows.healthParams(a));
        params.put("project", projectId.value());
        params.put("period", period.name());
        params.put("end", end);
        params.put("summary", narrative.summary());
        params.put("accomplishments", narrative.accomplishments());
        params.put("nextSteps", narrative.nextSteps());
        params.put("help", narrative.helpNeeded());
        params.put("evidence", json.writeValueAsString(s.evidence()));
        params.put("user", user.username());
        long id;
        try {
            id = jdbc.sql("insert into status_report (project_id, period, period_end, " + StatusReportRows.HEALTH_COLUMNS
                    + ", summary, accomplishments, next_steps, help_needed, evidence, created_by, updated_by) values ("
                    + ":project, :period, :end, " + StatusReportRows.HEALTH_VALUES
                    + ", :summary, :accomplishments, :nextSteps, :help, cast(:evidence as jsonb), :user, :user) returning id")
                    .params(params).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw BusinessRuleException.conflict("periodEnd", "a report for " + end + " or another draft was created just now");
        }
        StatusReport created = load(id).orElseThrow();
        audit.created(ENTITY, id, projectId.value(), created);
        return created;
    }

    private LocalDate firstPeriodEnd(ProjectId projectId) {
        Project project = projects.get(projectId);
        return project.statusDate() != null ? project.statusDate() : LocalDate.now();
    }

    @Override
    @Transactional
    public StatusReport update(long id, long expectedVersion, StatusReport.Draft draft) {
        StatusReport before = editable(id, expectedVersion);
        CurrentUser user = access.requireEdit(before.projectId());
        checkText("summary", draft.summary());
        checkText("accomplishments", draft.accomplishments());
        checkText("nextSteps", draft.nextSteps());
        checkText("helpNeeded", draft.helpNeeded());
        Suggestions s = suggestions(before.projectId(), before.periodEnd());
        Assessing.Assessed a = Assessing.assess(s, draft);
        Map<String, Object> params = new LinkedHashMap<>(StatusReportRows.healthParams(a));
        params.put("summary", text(draft.summary()));
        params.put("accomplishments", text(draft.accomplishments()));
        params.put("nextSteps", text(draft.nextSteps()));
        params.put("help", text(draft.helpNeeded()));
        params.put("evidence", json.writeValueAsString(s.evidence()));
        params.put("user", user.username());
        params.put("id", id);
        params.put("version", expectedVersion);
        int rows = jdbc.sql("update status_report set " + StatusReportRows.HEALTH_SET
                + ", summary = :summary, accomplishments = :accomplishments, next_steps = :nextSteps,"
                + " help_needed = :help, evidence = cast(:evidence as jsonb), updated_at = now(), updated_by = :user,"
                + " version = version + 1 where id = :id and version = :version and state = 'DRAFT'")
                .params(params).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        StatusReport after = load(id).orElseThrow();
        audit.updated(ENTITY, id, after.projectId().value(), before, after);
        return after;
    }

    @Override
    @Transactional
    public StatusReport submit(long id, long expectedVersion) {
        StatusReport before = editable(id, expectedVersion);
        access.requireEdit(before.projectId());
        StatusReport.Draft same = new StatusReport.Draft(choice(before.schedule()), choice(before.cost()),
                choice(before.scope()), choice(before.risk()), choice(before.overall()), before.summary(),
                before.accomplishments(), before.nextSteps(), before.helpNeeded());
        StatusReport refreshed = update(id, expectedVersion, same);
        int rows = jdbc.sql("""
                update status_report set state = 'SUBMITTED', submitted_at = now(), submitted_by = :user,
                    version = version + 1 where id = :id and version = :version and state = 'DRAFT'""")
                .param("user", org.sextant.identity.CurrentUsers.require().username()).param("id", id)
                .param("version", refreshed.version()).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, refreshed.version());
        StatusReport after = load(id).orElseThrow();
        audit.updated(ENTITY, id, after.projectId().value(), refreshed, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(long id, long expectedVersion) {
        StatusReport before = editable(id, expectedVersion);
        access.requireEdit(before.projectId());
        int rows = jdbc.sql("delete from status_report where id = ? and version = ? and state = 'DRAFT'")
                .params(id, expectedVersion).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        audit.deleted(ENTITY, id, before.projectId().value(), before);
    }

    @Override
    public Pdf pdf(long id) {
        StatusReport report = get(id);
        Project project = projects.get(report.projectId());
        String manager = project.managerId() == null ? null
                : users.find(project.managerId()).map(User::displayName).orElse(null);
        return new Pdf(project.code() + "-status-" + report.periodEnd() + ".pdf", writer.write(report, project, manager));
    }

    @Override
    public PageResult<LatestHealth> latest(PageRequest page) {
        List<Project> visible = projects.visible();
        Map<ProjectId, StatusReport> latest = latestSubmitted(visible.stream().map(Project::id).toList());
        List<LatestHealth> all = new ArrayList<>();
        for (Project p : visible) {
            StatusReport r = latest.get(p.id());
            if (r != null) {
                all.add(new LatestHealth(p.id(), p.code(), p.name(), r.id(), r.period(), r.periodEnd(),
                        r.overall().value(), r.schedule().value(), r.cost().value(), r.scope().value(),
                        r.risk().value(), r.summary(), r.submittedAt()));
            }
        }
        int from = Math.min(page.offset(), all.size());
        return new PageResult<>(all.subList(from, Math.min(from + page.size(), all.size())), page.page(), page.size(),
                all.size());
    }

    /** The latest submitted report of each of {@code projectIds} that has one; no access check. */
    public Map<ProjectId, StatusReport> latestSubmitted(Collection<ProjectId> projectIds) {
        Map<ProjectId, StatusReport> byProject = new LinkedHashMap<>();
        if (projectIds.isEmpty()) {
            return byProject;
        }
        Long[] ids = projectIds.stream().map(ProjectId::value).toArray(Long[]::new);
        jdbc.sql("""
                select distinct on (project_id) * from status_report
                where state = 'SUBMITTED' and project_id = any(:ids)
                order by project_id, period_end desc""")
                .param("ids", ids).query(mapper).list().forEach(r -> byProject.put(r.projectId(), r));
        return byProject;
    }

    /** The report, when it is a draft at {@code expectedVersion}: else 404, 409 (submitted) or stale. */
    private StatusReport editable(long id, long expectedVersion) {
        StatusReport report = load(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        access.requireEdit(report.projectId());
        if (report.submitted()) {
            throw BusinessRuleException.conflict("state", "status report " + id + " for " + report.periodEnd()
                    + " was submitted on " + report.submittedAt() + " and cannot be changed");
        }
        ExpectedVersion.check(ENTITY, id, expectedVersion, report.version());
        return report;
    }

    /** An override stays as chosen; a value that was as suggested follows the suggestion as recomputed. */
    private static StatusReport.Choice choice(org.sextant.report.Assessment a) {
        return new StatusReport.Choice(a.overridden() ? a.value() : null, a.reason());
    }

    private static void checkText(String field, String value) {
        if (value != null && value.length() > TEXT_LIMIT) {
            throw BusinessRuleException.invalid(field, field + " has at most " + TEXT_LIMIT + " characters; was "
                    + value.length());
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Optional<StatusReport> load(long id) {
        return jdbc.sql("select * from status_report where id = ?").param(id).query(mapper).optional();
    }
}
