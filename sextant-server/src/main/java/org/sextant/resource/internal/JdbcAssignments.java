package org.sextant.resource.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.Paging;
import org.sextant.platform.PageResult;
import org.sextant.platform.SqlFilter;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.resource.Assignment;
import org.sextant.resource.AssignmentId;
import org.sextant.resource.Assignments;
import org.sextant.resource.MyTask;
import org.sextant.resource.ResourceId;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.TeamMember;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.sextant.schedule.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Assignments} over {@code assignment}; writes need edit rights on the task's project. */
@Service
@Transactional(readOnly = true)
class JdbcAssignments implements Assignments {

    private static final String ENTITY = AssignmentRows.ENTITY;
    private static final Map<String, String> SORTS = Map.of("resourceName", "resource_name", "units", "units",
            "workMinutes", "work_minutes", "id", "id");
    private static final Map<String, String> MY_SORTS = Map.of("plannedStart", "planned_start",
            "plannedFinish", "planned_finish", "taskName", "name", "percentComplete", "percent_complete", "id", "id");
    private static final Map<String, String> TEAM_SORTS = Map.of("name", "name", "totalWorkMinutes", "total_work",
            "assignments", "assignments", "id", "id");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProjectAccess access;
    private final Tasks tasks;

    JdbcAssignments(JdbcClient jdbc, AuditLog audit, ProjectAccess access, Tasks tasks) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.tasks = tasks;
    }

    @Override
    public Assignment get(AssignmentId id) {
        Assignment assignment = load(id);
        access.requireRead(assignment.projectId());
        return assignment;
    }

    @Override
    public java.util.List<Assignment> ofProject(ProjectId project) {
        access.requireRead(project);
        return jdbc.sql("select * from " + AssignmentRows.VIEW + " where a.project_id = ? order by a.task_id, a.id")
                .param(project.value()).query(AssignmentRows::map).list();
    }

    @Override
    public PageResult<Assignment> list(TaskId task, String text, PageRequest page) {
        tasks.get(task);
        SqlFilter where = new SqlFilter().always("task_id = :task", Map.of("task", task.value()))
                .contains("text", text, "resource_name");
        return Paging.page(jdbc, AssignmentRows.VIEW, where, page.orderBy(SORTS, "resourceName"), page, AssignmentRows::map);
    }

    @Override
    @Transactional
    public Assignment create(TaskId taskId, Assignment.Draft draft) {
        Task task = tasks.find(taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
        access.requireEdit(task.projectId());
        validate(task, draft);
        boolean taken = jdbc.sql("select exists (select 1 from assignment where task_id = ? and resource_id = ?)")
                .params(taskId.value(), draft.resourceId().value()).query(Boolean.class).single();
        if (taken) {
            throw BusinessRuleException.conflict("resourceId", "resource " + draft.resourceId()
                    + " is already assigned to task " + taskId + "; change that assignment instead");
        }
        long id = jdbc.sql("insert into assignment (task_id, resource_id, units, work_minutes) values (?, ?, ?, ?) returning id")
                .params(taskId.value(), draft.resourceId().value(), units(draft), draft.workMinutes())
                .query(Long.class).single();
        Assignment created = load(AssignmentId.of(id));
        audit.created(ENTITY, id, task.projectId().value(), created);
        return created;
    }

    @Override
    @Transactional
    public Assignment update(AssignmentId id, long expectedVersion, Assignment.Draft draft) {
        Assignment before = load(id);
        access.requireEdit(before.projectId());
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        validate(tasks.find(before.taskId()).orElseThrow(), draft);
        int rows = jdbc.sql("""
                update assignment set resource_id = ?, units = ?, work_minutes = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(draft.resourceId().value(), units(draft), draft.workMinutes(), id.value(), expectedVersion)
                .update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        Assignment after = load(id);
        audit.updated(ENTITY, id, after.projectId().value(), before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(AssignmentId id, long expectedVersion) {
        Assignment before = load(id);
        access.requireEdit(before.projectId());
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        jdbc.sql("delete from assignment where id = ?").param(id.value()).update();
        audit.deleted(ENTITY, id, before.projectId().value(), before);
    }

    @Override
    public PageResult<TeamMember> team(ProjectId project, String text, PageRequest page) {
        access.requireRead(project);
        String team = """
                (select r.id, r.name, r.kind, r.department_id, count(*) as assignments,
                        coalesce(sum(asg.work_minutes), 0) as total_work
                 from assignment asg join wbs_task t on t.id = asg.task_id join resource r on r.id = asg.resource_id
                 where t.project_id = :project
                 group by r.id, r.name, r.kind, r.department_id) team""";
        SqlFilter where = new SqlFilter().contains("text", text, "name").param("project", project.value());
        return Paging.page(jdbc, team, where, page.orderBy(TEAM_SORTS, "name"), page,
                (rs, row) -> new TeamMember(ResourceId.of(rs.getLong("id")), rs.getString("name"),
                        ResourceKind.valueOf(rs.getString("kind")), rs.getObject("department_id", Long.class),
                        rs.getLong("assignments"), rs.getLong("total_work")));
    }

    @Override
    public PageResult<MyTask> mine(String text, boolean open, PageRequest page) {
        CurrentUser user = CurrentUsers.require();
        String mine = """
                (select asg.id, asg.task_id, t.project_id, t.name, t.planned_start, t.planned_finish,
                        t.percent_complete, asg.units, asg.work_minutes
                 from assignment asg join resource r on r.id = asg.resource_id join wbs_task t on t.id = asg.task_id
                 where r.user_id = :user) mine""";
        SqlFilter where = new SqlFilter().contains("text", text, "name")
                .eq("percent_complete < :done", "done", open ? 100 : null);
        where.param("user", user.id().value());
        return Paging.page(jdbc, mine, where, page.orderBy(MY_SORTS, "plannedStart"), page,
                (rs, row) -> new MyTask(AssignmentId.of(rs.getLong("id")), TaskId.of(rs.getLong("task_id")),
                        ProjectId.of(rs.getLong("project_id")), rs.getString("name"),
                        rs.getObject("planned_start", java.time.LocalDateTime.class),
                        rs.getObject("planned_finish", java.time.LocalDateTime.class), rs.getInt("percent_complete"),
                        rs.getBigDecimal("units"), rs.getLong("work_minutes")));
    }

    @Override
    @Transactional
    public Assignment addActualWork(TaskId task, ResourceId resource, long minutes) {
        if (minutes <= 0) {
            throw BusinessRuleException.invalid("minutes", "actual work to add must be positive; was " + minutes);
        }
        Assignment before = jdbc.sql("select * from " + AssignmentRows.VIEW + " where task_id = ? and resource_id = ?")
                .params(task.value(), resource.value()).query(AssignmentRows::map).optional()
                .orElseThrow(() -> BusinessRuleException.conflict("taskId", "resource " + resource
                        + " is no longer assigned to task " + task + "; assign it again to book time on it"));
        access.requireEdit(before.projectId());
        jdbc.sql("""
                update assignment set actual_work_minutes = actual_work_minutes + ?, version = version + 1,
                    updated_at = now() where id = ?""").params(minutes, before.id().value()).update();
        Assignment after = load(before.id());
        audit.updated(ENTITY, before.id(), after.projectId().value(), before, after);
        return after;
    }

    private void validate(Task task, Assignment.Draft draft) {
        Boolean active = jdbc.sql("select active from resource where id = ?").param(draft.resourceId().value())
                .query(Boolean.class).optional().orElseThrow(() ->
                        BusinessRuleException.invalid("resourceId", "resource " + draft.resourceId() + " does not exist"));
        if (!active) {
            throw BusinessRuleException.invalid("resourceId", "resource " + draft.resourceId() + " is inactive");
        }
        if (task.kind() == TaskKind.SUMMARY) {
            throw BusinessRuleException.invalid("taskId", "task '" + task.name()
                    + "' is a summary task; assign resources to its sub-tasks");
        }
    }

    private Assignment load(AssignmentId id) {
        return jdbc.sql("select * from " + AssignmentRows.VIEW + " where id = ?").param(id.value())
                .query(AssignmentRows::map).optional().orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private static BigDecimal units(Assignment.Draft draft) {
        return draft.units() == null ? BigDecimal.ONE : draft.units();
    }
}
