package org.sextant.timesheet.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.project.ProjectId;
import org.sextant.resource.ResourceId;
import org.sextant.schedule.TaskId;
import org.sextant.timesheet.ApprovedTime;
import org.sextant.timesheet.ApprovedWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link ApprovedTime}: the entries of a project's approved timesheet parts, per task, resource and day. */
@Service
class JdbcApprovedTime implements ApprovedTime {

    private final JdbcClient jdbc;

    JdbcApprovedTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ApprovedWork> approved(ProjectId projectId, LocalDate asOf) {
        return approved(List.of(projectId), asOf).get(projectId);
    }

    @Override
    public Map<ProjectId, List<ApprovedWork>> approved(Collection<ProjectId> projectIds, LocalDate asOf) {
        Map<ProjectId, List<ApprovedWork>> byProject = new LinkedHashMap<>();
        projectIds.forEach(id -> byProject.put(id, new ArrayList<>()));
        if (projectIds.isEmpty()) {
            return byProject;
        }
        jdbc.sql("""
                select p.project_id, r.task_id, t.resource_id, e.day, sum(e.minutes) as minutes
                from timesheet_entry e join timesheet_row r on r.id = e.row_id
                join timesheet_part p on p.id = r.part_id join timesheet t on t.id = p.timesheet_id
                where p.project_id = any(?) and p.state = 'APPROVED' and e.day <= ?
                group by p.project_id, r.task_id, t.resource_id, e.day
                order by p.project_id, e.day, r.task_id, t.resource_id""")
                .params(projectIds.stream().map(ProjectId::value).distinct().toArray(Long[]::new), asOf)
                .query(rs -> {
                    byProject.get(ProjectId.of(rs.getLong("project_id"))).add(new ApprovedWork(
                            TaskId.of(rs.getLong("task_id")), ResourceId.of(rs.getLong("resource_id")),
                            rs.getObject("day", LocalDate.class), rs.getLong("minutes")));
                });
        return byProject;
    }
}
