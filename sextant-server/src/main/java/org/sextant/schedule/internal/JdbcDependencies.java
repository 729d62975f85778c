package org.sextant.schedule.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUser;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.Paging;
import org.sextant.platform.PageResult;
import org.sextant.platform.SqlFilter;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.schedule.Dependencies;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.DependencyId;
import org.sextant.schedule.DependencyType;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Dependencies} over {@code dependency}, refusing links that would close a loop. */
@Service
@Transactional(readOnly = true)
class JdbcDependencies implements Dependencies {

    private static final String ENTITY = TaskLinks.ENTITY;
    private static final Map<String, String> SORTS = Map.of("id", "id", "type", "type",
            "predecessorId", "predecessor_id", "successorId", "successor_id", "lagMinutes", "lag_minutes");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProjectAccess access;

    JdbcDependencies(JdbcClient jdbc, AuditLog audit, ProjectAccess access) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
    }

    @Override
    public Dependency get(DependencyId id) {
        Dependency dependency = load(id);
        access.requireRead(dependency.projectId());
        return dependency;
    }

    @Override
    public PageResult<Dependency> list(ProjectId project, Filter filter, PageRequest page) {
        access.requireRead(project);
        SqlFilter where = new SqlFilter()
                .always("(project_id = :project or predecessor_project_id = :project)", Map.of("project", project.value()))
                .eq("(predecessor_id = :task or successor_id = :task)", "task",
                        filter.taskId() == null ? null : filter.taskId().value())
                .eq("type = :type", "type", filter.type() == null ? null : filter.type().name());
        return Paging.page(jdbc, TaskLinks.VIEW, where, page.orderBy(SORTS, "id"), page, TaskLinks::map);
    }

    @Override
    public List<Dependency> all(ProjectId project) {
        access.requireRead(project);
        return jdbc.sql("select * from " + TaskLinks.VIEW + " where project_id = ? or predecessor_project_id = ? order by id")
                .params(project.value(), project.value()).query(TaskLinks::map).list();
    }

    @Override
    @Transactional
    public Dependency create(ProjectId project, Dependency.Draft draft) {
        CurrentUser user = access.requireEdit(project);
        Task successor = validate(user, null, draft, project);
        if (jdbc.sql("select exists (select 1 from dependency where predecessor_id = ? and successor_id = ?)")
                .params(draft.predecessorId().value(), draft.successorId().value()).query(Boolean.class).single()) {
            throw BusinessRuleException.conflict("predecessorId", "task " + draft.successorId()
                    + " already depends on task " + draft.predecessorId());
        }
        long id = jdbc.sql("""
                insert into dependency (predecessor_id, successor_id, type, lag_minutes, lag_format)
                values (?, ?, ?, ?, ?) returning id""")
                .params(draft.predecessorId().value(), draft.successorId().value(), type(draft).name(),
                        draft.lagMinutes(), format(draft).name())
                .query(Long.class).single();
        Dependency created = load(DependencyId.of(id));
        audit.created(ENTITY, id, project.value(), created);
        return created;
    }

    @Override
    @Transactional
    public Dependency update(DependencyId id, long expectedVersion, Dependency.Draft draft) {
        Dependency before = load(id);
        CurrentUser user = access.requireEdit(before.projectId());
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        validate(user, id, draft, null);
        int rows = jdbc.sql("""
                update dependency set predecessor_id = ?, successor_id = ?, type = ?, lag_minutes = ?, lag_format = ?,
                    version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(draft.predecessorId().value(), draft.successorId().value(), type(draft).name(),
                        draft.lagMinutes(), format(draft).name(), id.value(), expectedVersion)
                .update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        Dependency after = load(id);
        audit.updated(ENTITY, id, after.projectId().value(), before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(DependencyId id, long expectedVersion) {
        Dependency before = load(id);
        access.requireEdit(before.projectId());
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        jdbc.sql("delete from dependency where id = ?").param(id.value()).update();
        audit.deleted(ENTITY, id, before.projectId().value(), before);
    }

    private Dependency load(DependencyId id) {
        return jdbc.sql("select * from " + TaskLinks.VIEW + " where id = ?").param(id.value())
                .query(TaskLinks::map).optional().orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /**
     * Checks both ends and the loop rule; returns the successor. The caller may edit {@code project}
     * (null: the dependency's current project), where the successor must be unless the caller may edit
     * the successor's project too.
     */
    private Task validate(CurrentUser user, DependencyId self, Dependency.Draft draft, ProjectId project) {
        Task predecessor = TaskRows.find(jdbc, draft.predecessorId()).orElseThrow(() ->
                BusinessRuleException.invalid("predecessorId", "task " + draft.predecessorId() + " does not exist"));
        Task successor = TaskRows.find(jdbc, draft.successorId()).orElseThrow(() ->
                BusinessRuleException.invalid("successorId", "task " + draft.successorId() + " does not exist"));
        if (project != null && !successor.projectId().equals(project)) {
            throw BusinessRuleException.invalid("successorId", "successor task " + successor.id() + " '"
                    + successor.name() + "' is not in project " + project + "; a dependency belongs to its successor's project");
        }
        if (project == null && !access.canEdit(user, successor.projectId())) {
            throw new AccessDeniedException("You may not add dependencies to project " + successor.projectId() + ".");
        }
        if (!access.canRead(user, predecessor.projectId())) {
            throw new AccessDeniedException("You may not link to tasks of a project you cannot see.");
        }
        if (predecessor.id().equals(successor.id())) {
            throw BusinessRuleException.invalid("successorId", "a task cannot depend on itself");
        }
        if (TaskRows.isAncestor(jdbc, predecessor.id(), successor.id())) {
            throw BusinessRuleException.invalid("predecessorId", "a summary task cannot be linked to its own sub-tasks");
        }
        // One writer at a time decides about loops, so two links added concurrently cannot close one together.
        jdbc.sql("select 1 from pg_advisory_xact_lock(8102, 0)").query(Integer.class).list();
        List<Long> path = path(successor.id().value(), predecessor.id().value(), self);
        if (!path.isEmpty()) {
            Map<Long, String> names = new HashMap<>();
            jdbc.sql("select id, name from wbs_task where id = any(?)").param(path.toArray(Long[]::new))
                    .query(rs -> {
                        names.put(rs.getLong("id"), rs.getString("name"));
                    });
            List<Long> loop = new ArrayList<>(path);
            loop.add(path.getFirst());
            throw BusinessRuleException.invalid("predecessorId", "this dependency would close a loop: "
                    + loop.stream().map(t -> "'" + names.get(t) + "' (" + t + ")").collect(Collectors.joining(" → ")));
        }
        return successor;
    }

    /**
     * A chain of existing dependencies leading from {@code from} to {@code to} (both included), or
     * empty. Breadth-first over successors, one query per level; ignores dependency {@code except}.
     */
    private List<Long> path(long from, long to, DependencyId except) {
        long skip = except == null ? -1 : except.value();
        Map<Long, Long> cameFrom = new HashMap<>();
        cameFrom.put(from, from);
        Deque<Long> frontier = new ArrayDeque<>(List.of(from));
        while (!frontier.isEmpty() && !cameFrom.containsKey(to)) {
            Long[] level = frontier.toArray(Long[]::new);
            frontier.clear();
            List<long[]> edges = jdbc.sql("select predecessor_id, successor_id from dependency where predecessor_id = any(?) and id <> ?")
                    .params(level, skip).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            for (long[] edge : edges) {
                if (cameFrom.putIfAbsent(edge[1], edge[0]) == null) {
                    frontier.add(edge[1]);
                }
            }
        }
        if (!cameFrom.containsKey(to)) {
            return List.of();
        }
        List<Long> path = new ArrayList<>();
        for (Long at = to; !Objects.equals(at, from); at = cameFrom.get(at)) {
            path.add(at);
        }
        path.add(from);
        Collections.reverse(path);
        return path;
    }

    private static DependencyType type(Dependency.Draft draft) {
        return draft.type() == null ? DependencyType.FS : draft.type();
    }

    private static Dependency.LagFormat format(Dependency.Draft draft) {
        return draft.lagFormat() == null ? Dependency.LagFormat.WORKING : draft.lagFormat();
    }
}
