package org.sextant.schedule.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.audit.AuditLog;
import org.sextant.project.ProjectContent;
import org.sextant.project.ProjectId;
import org.sextant.schedule.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A project's tasks and the dependencies touching them, for deleting a project. */
@Component
class TaskContent implements ProjectContent {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TaskLinks links;

    TaskContent(JdbcClient jdbc, AuditLog audit, TaskLinks links) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.links = links;
    }

    @Override
    public Map<String, Long> countIn(ProjectId project) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long tasks = jdbc.sql("select count(*) from wbs_task where project_id = ?").param(project.value())
                .query(Long.class).single();
        if (tasks > 0) {
            counts.put("tasks", tasks);
            long dependencies = jdbc.sql("select count(*) from " + TaskLinks.VIEW
                            + " where project_id = ? or predecessor_project_id = ?")
                    .params(project.value(), project.value()).query(Long.class).single();
            if (dependencies > 0) {
                counts.put("dependencies", dependencies);
            }
        }
        return counts;
    }

    @Override
    public void deleteIn(ProjectId project) {
        List<Task> tasks = jdbc.sql("select * from wbs_task where project_id = ?").param(project.value())
                .query(TaskRows::map).list();
        if (tasks.isEmpty()) {
            return;
        }
        links.deleteTouching(tasks.stream().map(t -> t.id().value()).toList());
        jdbc.sql("delete from wbs_task where project_id = ?").param(project.value()).update();
        for (Task t : tasks) {
            audit.deleted(JdbcTasks.ENTITY, t.id(), project.value(), t);
        }
    }

    /** After assignments (which refer to tasks). */
    @Override
    public int deletionOrder() {
        return 20;
    }
}
