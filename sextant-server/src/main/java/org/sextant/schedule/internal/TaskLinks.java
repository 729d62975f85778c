package org.sextant.schedule.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.sextant.audit.AuditLog;
import org.sextant.project.ProjectId;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.DependencyId;
import org.sextant.schedule.DependencyType;
import org.sextant.schedule.TaskId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads dependencies with their projects, and removes those of deleted tasks (audited). */
@Component
class TaskLinks {

    static final String ENTITY = "Dependency";

    /** Dependencies joined with the projects of both ends; filter on {@code dep.*}. */
    static final String VIEW = """
            (select d.*, s.project_id, p.project_id as predecessor_project_id
             from dependency d join wbs_task s on s.id = d.successor_id join wbs_task p on p.id = d.predecessor_id) dep""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    TaskLinks(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Deletes every dependency with an end in {@code taskIds}, recording each. */
    void deleteTouching(Collection<Long> taskIds) {
        Long[] ids = taskIds.toArray(Long[]::new);
        List<Dependency> doomed = jdbc.sql("select * from " + VIEW
                        + " where predecessor_id = any(:ids) or successor_id = any(:ids)")
                .param("ids", ids).query(TaskLinks::map).list();
        if (doomed.isEmpty()) {
            return;
        }
        jdbc.sql("delete from dependency where id = any(?)")
                .param(doomed.stream().map(d -> d.id().value()).toArray(Long[]::new)).update();
        for (Dependency d : doomed) {
            audit.deleted(ENTITY, d.id(), d.projectId().value(), d);
        }
    }

    static Dependency map(ResultSet rs, int row) throws SQLException {
        return new Dependency(DependencyId.of(rs.getLong("id")), rs.getLong("version"),
                TaskId.of(rs.getLong("predecessor_id")), TaskId.of(rs.getLong("successor_id")),
                DependencyType.valueOf(rs.getString("type")), rs.getLong("lag_minutes"),
                Dependency.LagFormat.valueOf(rs.getString("lag_format")), ProjectId.of(rs.getLong("project_id")),
                ProjectId.of(rs.getLong("predecessor_project_id")));
    }
}
