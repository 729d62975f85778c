package org.sextant.resource.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.project.ProjectId;
import org.sextant.project.ProjectMembership;
import org.sextant.resource.AssignmentDemand;
import org.sextant.resource.AssignmentId;
import org.sextant.resource.AssignmentDemands;
import org.sextant.resource.ResourceId;
import org.sextant.schedule.TaskId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link AssignmentDemands} in one query over assignments and their tasks' planned dates. */
@Service
@Transactional(readOnly = true)
class JdbcAssignmentDemands implements AssignmentDemands {

    private final JdbcClient jdbc;
    private final List<ProjectMembership> memberships;

    JdbcAssignmentDemands(JdbcClient jdbc, List<ProjectMembership> memberships) {
        this.jdbc = jdbc;
        this.memberships = memberships;
    }

    @Override
    public List<AssignmentDemand> overlapping(LocalDate from, LocalDate to) {
        CurrentUser user = CurrentUsers.require();
        String scope = "";
        Map<String, Object> params = new java.util.HashMap<>(Map.of("from", from.atStartOfDay(),
                "to", to.plusDays(1).atStartOfDay()));
        if (!user.readsAllProjects()) {
            Set<Long> mine = memberships.stream().flatMap(m -> m.projectsOf(user.id()).stream())
                    .map(ProjectId::value).collect(Collectors.toSet());
            if (mine.isEmpty()) {
                return List.of();
            }
            scope = " and t.project_id in (:projects)";
            params.put("projects", mine);
        }
        return jdbc.sql("""
                select asg.id as assignment_id, asg.resource_id, t.project_id, t.id as task_id, t.name, t.planned_start, t.planned_finish,
                       asg.work_minutes
                from assignment asg join wbs_task t on t.id = asg.task_id
                where asg.work_minutes > 0 and t.planned_start is not null and t.planned_finish is not null
                  and t.planned_start < :to and t.planned_finish >= :from""" + scope)
                .params(params)
                .query((rs, row) -> new AssignmentDemand(AssignmentId.of(rs.getLong("assignment_id")),
                        ResourceId.of(rs.getLong("resource_id")),
                        ProjectId.of(rs.getLong("project_id")), TaskId.of(rs.getLong("task_id")), rs.getString("name"),
                        rs.getObject("planned_start", LocalDateTime.class).toLocalDate(),
                        rs.getObject("planned_finish", LocalDateTime.class).toLocalDate(), rs.getLong("work_minutes")))
                .list();
    }
}
