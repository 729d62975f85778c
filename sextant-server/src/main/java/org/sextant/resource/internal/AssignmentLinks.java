package org.sextant.resource.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sextant.audit.AuditLog;
import org.sextant.identity.UserId;
import org.sextant.project.ProjectContent;
import org.sextant.project.ProjectId;
import org.sextant.project.ProjectMembership;
import org.sextant.resource.Assignment;
import org.sextant.schedule.TaskAssignees;
import org.sextant.schedule.TaskId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What other features need to know about assignments: which projects and tasks a user works on
 * ({@link ProjectMembership}, {@link TaskAssignees}), and a project's assignments when it is deleted
 * ({@link ProjectContent}, before the tasks they refer to).
 */
@Component
class AssignmentLinks implements ProjectMembership, TaskAssignees, ProjectContent {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AssignmentLinks(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Set<ProjectId> projectsOf(UserId user) {
        return jdbc.sql("""
                select distinct t.project_id from resource r join assignment asg on asg.resource_id = r.id
                join wbs_task t on t.id = asg.task_id where r.user_id = ?""")
                .param(user.value()).query(Long.class).list().stream().map(ProjectId::of).collect(Collectors.toSet());
    }

    @Override
    public boolean isAssigned(UserId user, TaskId task) {
        return jdbc.sql("""
                select exists (select 1 from assignment asg join resource r on r.id = asg.resource_id
                               where asg.task_id = ? and r.user_id = ?)""")
                .params(task.value(), user.value()).query(Boolean.class).single();
    }

    @Override
    public void removeAssignments(Collection<TaskId> tasks) {
        Long[] ids = tasks.stream().map(TaskId::value).toArray(Long[]::new);
        delete(jdbc.sql("select * from " + AssignmentRows.VIEW + " where task_id = any(?)").param(ids)
                .query(AssignmentRows::map).list());
    }

    @Override
    public Map<String, Long> countIn(ProjectId project) {
        long n = jdbc.sql("select count(*) from " + AssignmentRows.VIEW + " where project_id = ?").param(project.value())
                .query(Long.class).single();
        return n == 0 ? Map.of() : Map.of("assignments", n);
    }

    @Override
    public void deleteIn(ProjectId project) {
        delete(jdbc.sql("select * from " + AssignmentRows.VIEW + " where project_id = ?").param(project.value())
                .query(AssignmentRows::map).list());
    }

    /** Before the tasks (order 20) that assignments refer to. */
    @Override
    public int deletionOrder() {
        return 10;
    }

    private void delete(List<Assignment> doomed) {
        if (doomed.isEmpty()) {
            return;
        }
        jdbc.sql("delete from assignment where id = any(?)")
                .param(doomed.stream().map(a -> a.id().value()).toArray(Long[]::new)).update();
        for (Assignment a : doomed) {
            audit.deleted(AssignmentRows.ENTITY, a.id(), a.projectId().value(), a);
        }
    }
}
