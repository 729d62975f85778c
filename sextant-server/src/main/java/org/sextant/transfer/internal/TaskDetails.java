package org.sextant.transfer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sextant.interchange.model.TaskData;
import org.sextant.schedule.TaskId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Baselines, cost and custom fields of imported tasks, in this feature's own table. */
@Component
class TaskDetails {

    private final NamedParameterJdbcTemplate template;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    TaskDetails(NamedParameterJdbcTemplate template, JdbcClient jdbc, JsonMapper json) {
        this.template = template;
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(List<TaskData> tasks, List<TaskId> ids) {
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            TaskData task = tasks.get(i);
            if (task.baselines().isEmpty() && task.attributes().isEmpty() && task.cost() == null) {
                continue;
            }
            rows.add(new MapSqlParameterSource().addValue("task", ids.get(i).value()).addValue("cost", task.cost())
                    .addValue("baselines", task.baselines().isEmpty() ? null : json.writeValueAsString(task.baselines()))
                    .addValue("attributes", task.attributes().isEmpty() ? null : json.writeValueAsString(task.attributes())));
        }
        for (int from = 0; from < rows.size(); from += 1000) {
            template.batchUpdate("insert into imported_task_detail (task_id, cost, baselines, attributes) values "
                    + "(:task, :cost, cast(:baselines as jsonb), cast(:attributes as jsonb))",
                    rows.subList(from, Math.min(rows.size(), from + 1000)).toArray(SqlParameterSource[]::new));
        }
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
