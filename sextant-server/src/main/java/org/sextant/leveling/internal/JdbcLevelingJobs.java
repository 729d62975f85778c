package org.sextant.leveling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.leveling.LevelingJob;
import org.sextant.leveling.LevelingJobId;
import org.sextant.leveling.LevelingJobs;
import org.sextant.leveling.LevelingRequest;
import org.sextant.leveling.Proposal;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.portfolio.PortfolioId;
import org.sextant.portfolio.Portfolios;
import org.sextant.program.ProgramId;
import org.sextant.program.Programs;
import org.sextant.project.Project;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.project.ProjectStatus;
import org.sextant.project.Projects;
import org.sextant.schedule.LevelingStarts;
import org.sextant.schedule.TaskId;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link LevelingJobs} with jobs in {@code leveling_job}: starting inserts a RUNNING job and hands it to
 * the worker pool ({@link LevelingRun}); accepting and discarding are short transactions here. Any
 * replica can answer for any job, since all state is in the row.
 */
@Service
@Transactional(readOnly = true)
class JdbcLevelingJobs implements LevelingJobs {

    static final String ENTITY = "LevelingJob";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final ProjectAccess access;
    private final Projects projects;
    private final Programs programs;
    private final Portfolios portfolios;
    private final LevelingStarts levelingStarts;
    private final PlanReader reader;
    private final LevelingRun run;
    private final ThreadPoolTaskExecutor executor;
    private final TransactionTemplate separate;

    JdbcLevelingJobs(JdbcClient jdbc, JsonMapper json, AuditLog audit, ProjectAccess access, Projects projects,
            Programs programs, Portfolios portfolios, LevelingStarts levelingStarts, PlanReader reader, LevelingRun run,
            @Qualifier("levelingExecutor") ThreadPoolTaskExecutor executor, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.access = access;
        this.projects = projects;
        this.programs = programs;
        this.portfolios = portfolios;
        this.levelingStarts = levelingStarts;
        this.reader = reader;
        this.run = run;
        this.executor = executor;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public LevelingJob startForProject(ProjectId project, LevelingRequest request) {
        CurrentUser user = access.requireEdit(project);
        return start(LevelingJob.Scope.PROJECT, project.value(), null, request, user);
    }

    @Override
    public LevelingJob startForProgram(ProgramId program, LevelingRequest request) {
        programs.get(program);
        CurrentUser user = requireProgram(program);
        if (programProjects(program).isEmpty()) {
            throw BusinessRuleException.invalid("programId", "the program has no projects to level");
        }
        return start(LevelingJob.Scope.PROGRAM, program.value(), null, request, user);
    }

    @Override
    public LevelingJob startForPortfolio(PortfolioId portfolio, List<ProjectId> chosen, LevelingRequest request) {
        CurrentUser user = requirePortfolio();
        portfolios.get(portfolio);
        LevelingRequest checked = validate(request);
        List<Long> scenario = new ArrayList<>();
        if (chosen == null || chosen.isEmpty()) {
            Projects.Filter filter = new Projects.Filter(null, portfolio, null, null, null, ProjectStatus.ACTIVE);
            allPages(filter).forEach(p -> scenario.add(p.id().value()));
            if (scenario.isEmpty()) {
                throw BusinessRuleException.invalid("projectIds", "the portfolio has no active projects to level");
            }
        } else {
            for (ProjectId id : new java.util.LinkedHashSet<>(chosen)) {
                Project project = projects.find(id).orElseThrow(() -> BusinessRuleException.invalid("projectIds",
                        "project " + id + " does not exist"));
                if (!portfolio.equals(project.portfolioId())) {
                    throw BusinessRuleException.invalid("projectIds", "project " + project.code()
                            + " is not in portfolio " + portfolio);
                }
                scenario.add(id.value());
            }
        }
        return start(LevelingJob.Scope.PORTFOLIO, portfolio.value(), scenario, checked, user);
    }

    private LevelingJob start(LevelingJob.Scope scope, long scopeId, List<Long> scenario, LevelingRequest request,
            CurrentUser user) {
        LevelingRequest checked = validate(request);
        long id = separate.execute(status -> {
            long created = jdbc.sql("""
                    insert into leveling_job (scope, scope_id, project_ids, created_by, status, options)
                    values (?, ?, ?, ?, 'RUNNING', cast(? as jsonb)) returning id""")
                    .params(scope.name(), scopeId, scenario == null ? null : scenario.toArray(Long[]::new),
                            user.id().value(), json.writeValueAsString(checked))
                    .query(Long.class).single();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("scope", scope);
            after.put("scopeId", scopeId);
            if (scenario != null) {
                after.put("projectIds", scenario);
            }
            after.put("options", checked);
            audit.created(ENTITY, created, scope == LevelingJob.Scope.PROJECT ? scopeId : null, after);
            return created;
        });
        List<Project> leveled = scopeProjectsUnchecked(load(id));
        executor.execute(() -> run.run(id, leveled, checked));
        return load(id);
    }

    private static LevelingRequest validate(LevelingRequest request) {
        if (request == null) {
            return LevelingRequest.defaults();
        }
        if (request.schedules() < 1 || request.schedules() > LevelingRequest.MAX_SCHEDULES) {
            throw BusinessRuleException.invalid("schedules", "the search effort must be 1 to "
                    + LevelingRequest.MAX_SCHEDULES + " schedules, not " + request.schedules());
        }
        return new LevelingRequest(request.policy() == null ? LevelingRequest.Policy.ALLOW_DELAY : request.policy(),
                request.seed(), request.schedules());
    }

    @Override
    public LevelingJob get(LevelingJobId id) {
        LevelingJob job = find(id.value()).orElseThrow(() -> new NotFoundException(ENTITY, id));
        requireScope(job.scope(), job.scopeId());
        return job;
    }

    @Override
    public Optional<LevelingJob> latest(LevelingJob.Scope scope, long scopeId) {
        requireScope(scope, scopeId);
        return jdbc.sql("select id from leveling_job where scope = ? and scope_id = ? order by id desc limit 1")
                .params(scope.name(), scopeId).query(Long.class).optional().flatMap(this::find);
    }

    @Override
    @Transactional
    public LevelingJob accept(LevelingJobId id) {
        LevelingJob job = get(id);
        String fingerprint = jdbc.sql("select fingerprint from leveling_job where id = ? for update").param(id.value())
                .query(String.class).single();
        job = load(id.value());
        if (job.status() != LevelingJob.Status.READY) {
            throw BusinessRuleException.conflict("status", "leveling job " + id + " is " + job.status()
                    + "; only a READY proposal can be accepted");
        }
        List<Project> scope = scopeProjects(job);
        if (!reader.fingerprint(scope).equals(fingerprint)) {
            throw BusinessRuleException.conflict("proposal", "the plan changed since this proposal was computed "
                    + "(tasks, links, assignments or dates); level again to get a proposal for the current plan");
        }
        Map<Long, Map<TaskId, LocalDateTime>> starts = new HashMap<>();
        for (Proposal.TaskChange t : job.proposal().tasks()) {
            starts.computeIfAbsent(t.projectId(), k -> new HashMap<>()).put(TaskId.of(t.taskId()), t.levelingStart());
        }
        for (Project project : scope) {
            levelingStarts.replace(project.id(), starts.getOrDefault(project.id().value(), Map.of()));
        }
        String message = "Accepted: " + job.proposal().tasks().size() + " tasks delayed, over-allocated resource-days "
                + job.proposal().overallocationsBefore() + " → " + job.proposal().overallocationsAfter() + ".";
        jdbc.sql("update leveling_job set status = 'ACCEPTED', message = ?, updated_at = now() where id = ?")
                .params(message, id.value()).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", LevelingJob.Status.ACCEPTED);
        after.put("delayedTasks", job.proposal().tasks().size());
        after.put("overallocatedDays", job.proposal().overallocationsBefore() + " → "
                + job.proposal().overallocationsAfter());
        List<String> finishes = new ArrayList<>();
        job.proposal().projects().forEach(p -> finishes.add(p.name() + ": " + p.finishBefore() + " → " + p.finishAfter()));
        after.put("finishes", finishes);
        audit.updated(ENTITY, id.value(), projectOf(job), Map.of("status", LevelingJob.Status.READY), after);
        return load(id.value());
    }

    @Override
    @Transactional
    public LevelingJob discard(LevelingJobId id) {
        LevelingJob job = get(id);
        int rows = jdbc.sql("""
                update leveling_job set status = 'DISCARDED', updated_at = now()
                where id = ? and status in ('RUNNING', 'READY')""").param(id.value()).update();
        if (rows == 0) {
            throw BusinessRuleException.conflict("status", "leveling job " + id + " is " + job.status()
                    + "; only a running job or a READY proposal can be discarded");
        }
        audit.updated(ENTITY, id.value(), projectOf(job), Map.of("status", job.status()),
                Map.of("status", LevelingJob.Status.DISCARDED));
        return load(id.value());
    }

    private static Long projectOf(LevelingJob job) {
        return job.scope() == LevelingJob.Scope.PROJECT ? job.scopeId() : null;
    }

    private CurrentUser requireScope(LevelingJob.Scope scope, long scopeId) {
        return switch (scope) {
            case PROJECT -> access.requireEdit(ProjectId.of(scopeId));
            case PROGRAM -> requireProgram(ProgramId.of(scopeId));
            case PORTFOLIO -> requirePortfolio();
        };
    }

    private static CurrentUser requirePortfolio() {
        CurrentUser user = CurrentUsers.require();
        if (!user.isOrganisationWide()) {
            throw new AccessDeniedException("Leveling a portfolio scenario is for the PMO and administrators.");
        }
        return user;
    }

    private CurrentUser requireProgram(ProgramId program) {
        CurrentUser user = CurrentUsers.require();
        if (!programs.manages(user, program)) {
            throw new AccessDeniedException("Leveling a program is for its program manager, the PMO and administrators.");
        }
        return user;
    }

    /** The projects a job levels, after checking the caller may edit each. */
    private List<Project> scopeProjects(LevelingJob job) {
        List<Project> result = scopeProjectsUnchecked(job);
        result.forEach(p -> access.requireEdit(p.id()));
        return result;
    }

    private List<Project> scopeProjectsUnchecked(LevelingJob job) {
        return switch (job.scope()) {
            case PROJECT -> List.of(projects.get(ProjectId.of(job.scopeId())));
            case PROGRAM -> programProjects(ProgramId.of(job.scopeId()));
            case PORTFOLIO -> job.projectIds().stream().map(id -> projects.find(ProjectId.of(id)))
                    .flatMap(java.util.Optional::stream).toList();
        };
    }

    private List<Project> programProjects(ProgramId program) {
        return allPages(new Projects.Filter(null, null, program, null, null, null));
    }

    private List<Project> allPages(Projects.Filter filter) {
        List<Project> result = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResult<Project> found = projects.list(filter, PageRequest.of(page, PageRequest.MAX_SIZE));
            result.addAll(found.items());
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                return result;
            }
        }
    }

    private Optional<LevelingJob> find(long id) {
        return jdbc.sql("""
                select id, scope, scope_id, project_ids, status, progress, options::text as options, proposal::text as proposal,
                    message, created_by, created_at from leveling_job where id = ?""")
                .param(id).query(this::map).optional();
    }

    private LevelingJob load(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private LevelingJob map(ResultSet rs, int row) throws SQLException {
        String proposal = rs.getString("proposal");
        java.sql.Array ids = rs.getArray("project_ids");
        List<Long> projectIds = ids == null ? List.of() : java.util.Arrays.stream((Long[]) ids.getArray()).toList();
        return new LevelingJob(LevelingJobId.of(rs.getLong("id")), LevelingJob.Scope.valueOf(rs.getString("scope")),
                rs.getLong("scope_id"), projectIds, LevelingJob.Status.valueOf(rs.getString("status")), rs.getInt("progress"),
                json.readValue(rs.getString("options"), LevelingRequest.class),
                proposal == null ? null : json.readValue(proposal, Proposal.class), rs.getString("message"),
                rs.getLong("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
