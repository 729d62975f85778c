package org.sextant.schedule.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.schedule.Calendars;
import org.sextant.schedule.ConstraintType;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskAssignees;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.sextant.schedule.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Tasks} over {@code wbs_task}, with the WBS rules (same-project parent, no loops). */
@Service
@Transactional(readOnly = true)
class JdbcTasks implements Tasks {

    static final String ENTITY = "Task";
    private static final Map<String, String> SORTS = Map.of("sortOrder", "sort_order", "name", "name",
            "wbsCode", "wbs_code", "kind", "kind", "plannedStart", "planned_start", "plannedFinish", "planned_finish",
            "percentComplete", "percent_complete", "id", "id");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProjectAccess access;
    private final Calendars calendars;
    private final TaskAssignees assignees;
    private final TaskLinks links;

    JdbcTasks(JdbcClient jdbc, AuditLog audit, ProjectAccess access, Calendars calendars, TaskAssignees assignees,
            TaskLinks links) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.calendars = calendars;
        this.assignees = assignees;
        this.links = links;
    }

    @Override
    public Optional<Task> find(TaskId id) {
        return TaskRows.find(jdbc, id);
    }

    @Override
    public Task get(TaskId id) {
        Task task = load(id);
        access.requireRead(task.projectId());
        return task;
    }

    @Override
    public PageResult<Task> list(ProjectId project, Filter filter, PageRequest page) {
        access.requireRead(project);
        SqlFilter where = new SqlFilter()
                .always("project_id = :project", Map.of("project", project.value()))
                .eq("parent_id = :parent", "parent", filter.parentId() == null ? null : filter.parentId().value())
                .eq("kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
                .contains("text", filter.text(), "name", "wbs_code");
        return Paging.page(jdbc, "wbs_task", where, page.orderBy(SORTS, "sortOrder"), page, TaskRows::map);
    }

    @Override
    public List<Task> all(ProjectId project) {
        return all(List.of(project)).get(project);
    }

    @Override
    public Map<ProjectId, List<Task>> all(Collection<ProjectId> projects) {
        access.requireRead(projects);
        Map<ProjectId, List<Task>> byProject = new LinkedHashMap<>();
        projects.forEach(id -> byProject.put(id, new ArrayList<>()));
        if (projects.isEmpty()) {
            return byProject;
        }
        jdbc.sql("select * from wbs_task where project_id = any(?) order by project_id, sort_order, id")
                .param(projects.stream().map(ProjectId::value).distinct().toArray(Long[]::new))
                .query(rs -> {
                    Task task = TaskRows.map(rs, 0);
                    byProject.get(task.projectId()).add(task);
                });
        return byProject;
    }

    @Override
    @Transactional
    public Task create(ProjectId project, Task.Draft draft) {
        access.requireEdit(project);
        Task parent = validate(project, null, draft);
        int sortOrder = draft.sortOrder() != null ? draft.sortOrder()
                : jdbc.sql("select coalesce(max(sort_order), 0) + 1 from wbs_task where project_id = ?")
                        .param(project.value()).query(Integer.class).single();
        Map<String, Object> params = params(draft);
        params.put("project", project.value());
        params.put("sortOrder", sortOrder);
        long id = jdbc.sql("""
                insert into wbs_task (project_id, parent_id, wbs_code, name, kind, sort_order, duration_minutes,
                    work_minutes, planned_start, planned_finish, percent_complete, actual_start, actual_finish,
                    constraint_type, constraint_date, deadline, calendar_id, priority, notes)
                values (:project, :parent, :wbsCode, :name, :kind, :sortOrder, :duration, :work, :plannedStart,
                    :plannedFinish, :percent, :actualStart, :actualFinish, :constraintType, :constraintDate, :deadline,
                    :calendar, :priority, :notes)
                returning id""").params(params).query(Long.class).single();
        promoteParent(parent);
        Task created = load(TaskId.of(id));
        audit.created(ENTITY, id, project.value(), created);
        return created;
    }

    @Override
    @Transactional
    public Task update(TaskId id, long expectedVersion, Task.Draft draft) {
        Task before = load(id);
        access.requireEdit(before.projectId());
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        TaskRows.lockTree(jdbc, before.projectId());
        Task parent = validate(before.projectId(), id, draft);
        if (draft.kind() == TaskKind.MILESTONE && hasChildren(id)) {
            throw BusinessRuleException.invalid("kind", "a task with sub-tasks cannot be a milestone");
        }
        Map<String, Object> params = params(draft);
        params.put("sortOrder", draft.sortOrder() == null ? before.sortOrder() : draft.sortOrder());
        params.put("id", id.value());
        params.put("version", expectedVersion);
        int rows = jdbc.sql("""
                update wbs_task set parent_id = :parent, wbs_code = :wbsCode, name = :name, kind = :kind,
                    sort_order = :sortOrder, duration_minutes = :duration, work_minutes = :work,
                    planned_start = :plannedStart, planned_finish = :plannedFinish, percent_complete = :percent,
                    actual_start = :actualStart, actual_finish = :actualFinish, constraint_type = :constraintType,
                    constraint_date = :constraintDate, deadline = :deadline, calendar_id = :calendar,
                    priority = :priority, notes = :notes, version = version + 1, updated_at = now()
                where id = :id and version = :version""").params(params).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        promoteParent(parent);
        Task after = load(id);
        audit.updated(ENTITY, id, before.projectId().value(), before, after);
        return after;
    }

    @Override
    @Transactional
    public Task updateProgress(TaskId id, long expectedVersion, Task.Progress progress) {
        Task before = load(id);
        CurrentUser user = CurrentUsers.require();
        if (!access.canEdit(user, before.projectId())
                && !(user.has(Role.TEAM_MEMBER) && assignees.isAssigned(user.id(), id))) {
            throw new AccessDeniedException("You may report progress only on tasks you are assigned to.");
        }
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        Task.Progress p = ProgressRules.complete(before, progress);
        int rows = jdbc.sql("""
                update wbs_task set percent_complete = ?, actual_start = ?, actual_finish = ?, remaining_work_minutes = ?,
                    version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(p.percentComplete(), p.actualStart(), p.actualFinish(), p.remainingWorkMinutes(), id.value(),
                        expectedVersion)
                .update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        Task after = load(id);
        audit.updated(ENTITY, id, before.projectId().value(), before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(TaskId id, long expectedVersion, boolean withChildren) {
        Task task = load(id);
        access.requireEdit(task.projectId());
        ExpectedVersion.check(ENTITY, id, expectedVersion, task.version());
        TaskRows.lockTree(jdbc, task.projectId());
        List<Long> branch = TaskRows.subtree(jdbc, id);
        if (branch.size() > 1 && !withChildren) {
            throw BusinessRuleException.conflict("withChildren", "Task '" + task.name() + "' has " + (branch.size() - 1)
                    + " sub-task(s). Delete them first, or delete the whole branch with withChildren=true.");
        }
        assignees.removeAssignments(branch.stream().map(TaskId::of).toList());
        links.deleteTouching(branch);
        List<Task> deleted = jdbc.sql("select * from wbs_task where id = any(?)").param(branch.toArray(Long[]::new))
                .query(TaskRows::map).list();
        jdbc.sql("delete from wbs_task where id = any(?)").param(branch.toArray(Long[]::new)).update();
        for (Task t : deleted) {
            audit.deleted(ENTITY, t.id(), t.projectId().value(), t);
        }
    }

    private Task load(TaskId id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private boolean hasChildren(TaskId id) {
        return jdbc.sql("select exists (select 1 from wbs_task where parent_id = ?)").param(id.value())
                .query(Boolean.class).single();
    }

    /** A task that receives a sub-task becomes a summary task, as in MS Project. */
    private void promoteParent(Task parent) {
        if (parent != null && parent.kind() == TaskKind.TASK) {
            TaskId parentId = parent.id();
            jdbc.sql("update wbs_task set kind = 'SUMMARY', version = version + 1, updated_at = now() where id = ?")
                    .param(parentId.value()).update();
            audit.updated(ENTITY, parentId, parent.projectId().value(), parent, load(parentId));
        }
    }

    /** Checks the draft against the WBS rules; returns the parent task, if any. */
    private Task validate(ProjectId project, TaskId self, Task.Draft draft) {
        Task parent = null;
        if (draft.parentId() != null) {
            parent = find(draft.parentId()).orElseThrow(() ->
                    BusinessRuleException.invalid("parentId", "task " + draft.parentId() + " does not exist"));
            if (!parent.projectId().equals(project)) {
                throw BusinessRuleException.invalid("parentId", "parent task " + parent.id() + " '" + parent.name()
                        + "' belongs to another project; a parent must be in the same project");
            }
            if (parent.kind() == TaskKind.MILESTONE) {
                throw BusinessRuleException.invalid("parentId", "parent task '" + parent.name()
                        + "' is a milestone; a milestone cannot have sub-tasks");
            }
            if (self != null) {
                List<Task> chain = TaskRows.selfAndAncestors(jdbc, draft.parentId());
                if (chain.stream().anyMatch(t -> t.id().equals(self))) {
                    String loop = chain.stream().takeWhile(t -> !t.id().equals(self))
                            .map(t -> "'" + t.name() + "' (" + t.id() + ")").collect(Collectors.joining(" → "));
                    throw BusinessRuleException.invalid("parentId", loop.isEmpty()
                            ? "a task cannot be its own parent"
                            : "the parent chain would loop: task " + self + " would become a sub-task of its own descendant "
                                    + loop);
                }
            }
        }
        if (draft.kind() == TaskKind.MILESTONE && draft.durationMinutes() > 0) {
            throw BusinessRuleException.invalid("durationMinutes", "a milestone has no duration; was "
                    + draft.durationMinutes() + " minutes");
        }
        if (draft.constraintType() != null && draft.constraintType().needsDate() && draft.constraintDate() == null) {
            throw BusinessRuleException.invalid("constraintDate", "constraint " + draft.constraintType() + " needs a date");
        }
        if (draft.plannedStart() != null && draft.plannedFinish() != null
                && draft.plannedFinish().isBefore(draft.plannedStart())) {
            throw BusinessRuleException.invalid("plannedFinish", "planned finish " + draft.plannedFinish()
                    + " is before planned start " + draft.plannedStart());
        }
        checkActuals(draft.actualStart(), draft.actualFinish());
        if (draft.calendarId() != null && calendars.find(draft.calendarId()).isEmpty()) {
            throw BusinessRuleException.invalid("calendarId", "calendar " + draft.calendarId() + " does not exist");
        }
        return parent;
    }

    private static void checkActuals(java.time.LocalDateTime start, java.time.LocalDateTime finish) {
        if (finish != null && start == null) {
            throw BusinessRuleException.invalid("actualStart", "a task with an actual finish needs an actual start");
        }
        if (finish != null && finish.isBefore(start)) {
            throw BusinessRuleException.invalid("actualFinish", "actual finish " + finish + " is before actual start " + start);
        }
    }

    private static Map<String, Object> params(Task.Draft d) {
        ConstraintType constraint = d.constraintType() == null ? ConstraintType.ASAP : d.constraintType();
        Map<String, Object> p = new HashMap<>();
        p.put("parent", d.parentId() == null ? null : d.parentId().value());
        p.put("wbsCode", d.wbsCode());
        p.put("name", d.name());
        p.put("kind", (d.kind() == null ? TaskKind.TASK : d.kind()).name());
        p.put("duration", d.durationMinutes());
        p.put("work", d.workMinutes());
        p.put("plannedStart", d.plannedStart());
        p.put("plannedFinish", d.plannedFinish());
        p.put("percent", d.percentComplete());
        p.put("actualStart", d.actualStart());
        p.put("actualFinish", d.actualFinish());
        p.put("constraintType", constraint.name());
        p.put("constraintDate", constraint.needsDate() ? d.constraintDate() : null);
        p.put("deadline", d.deadline());
        p.put("calendar", d.calendarId() == null ? null : d.calendarId().value());
        p.put("priority", d.priority());
        p.put("notes", d.notes());
        return p;
    }
}
