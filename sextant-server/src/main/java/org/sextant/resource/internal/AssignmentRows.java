package org.sextant.resource.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.sextant.project.ProjectId;
import org.sextant.resource.Assignment;
import org.sextant.resource.AssignmentId;
import org.sextant.resource.ResourceId;
import org.sextant.schedule.TaskId;

/** Assignments joined with their task's project and their resource's name; filter on {@code a.*}. */
final class AssignmentRows {

    static final String ENTITY = "Assignment";
    static final String VIEW = """
            (select asg.*, t.project_id, r.name as resource_name
             from assignment asg join wbs_task t on t.id = asg.task_id join resource r on r.id = asg.resource_id) a""";

    private AssignmentRows() {
    }

    static Assignment map(ResultSet rs, int row) throws SQLException {
        return new Assignment(AssignmentId.of(rs.getLong("id")), rs.getLong("version"), TaskId.of(rs.getLong("task_id")),
                ProjectId.of(rs.getLong("project_id")), ResourceId.of(rs.getLong("resource_id")),
                rs.getString("resource_name"), rs.getBigDecimal("units"), rs.getLong("work_minutes"),
                rs.getLong("actual_work_minutes"));
    }
}
