package org.sextant.transfer.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.sextant.interchange.model.TaskData;
import org.sextant.schedule.TaskId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Baselines, cost and custom fields of imported tasks, in this feature's own table. */
@Component
class TaskDetails {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TaskDetails(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the details of the tasks that have any, with multi-row inserts (one statement per 1,000 tasks). */
    void save(List<TaskData> tasks, List<TaskId> ids) {
        List<Object> args = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < tasks.size(); i++) {
            TaskData task = tasks.get(i);
            if (task.baselines().isEmpty() && task.attributes().isEmpty() && task.cost() == null) {
                continue;
            }
            args.add(ids.get(i).value());
            args.add(task.cost());
            args.add(task.baselines().isEmpty() ? null : json.writeValueAsString(task.baselines()));
            args.add(task.attributes().isEmpty() ? null : json.writeValueAsString(task.attributes()));
            if (++rows == 1000) {
                insert(rows, args);
                args.clear();
                rows = 0;
            }
        }
        if (rows > 0) {
            insert(rows, args);
        }
    }

    private void insert(int rows, List<Object> args) {
        jdbc.sql("insert into imported_task_detail (task_id, cost, baselines, attributes) values "
                + String.join(", ", Collections.nCopies(rows, "(?, ?, cast(? as jsonb), cast(? as jsonb))")))
                .params(args).update();
    }

    /** Stored details of a project's tasks, by task id. */
    Map<Long, Row> load(long projectId) {
        Map<Long, Row> rows = new java.util.HashMap<>();
        jdbc.sql("""
                select d.task_id, d.cost, d.baselines::text as baselines, d.attributes::text as attributes
                from imported_task_detail d join wbs_task t on t.id = d.task_id where t.project_id = ?""")
                .param(projectId).query((rs, n) -> {
                    rows.put(rs.getLong("task_id"), new Row(rs.getBigDecimal("cost"),
                            rs.getString("baselines") == null ? List.of()
                                    : List.of(json.readValue(rs.getString("baselines"), TaskData.Baseline[].class)),
                            rs.getString("attributes") == null ? Map.of()
                                    : json.readValue(rs.getString("attributes"),
                                            new tools.jackson.core.type.TypeReference<Map<String, String>>() { })));
                    return null;
                }).list();
        return rows;
    }

    record Row(java.math.BigDecimal cost, List<TaskData.Baseline> baselines, Map<String, String> attributes) {
    }
}
