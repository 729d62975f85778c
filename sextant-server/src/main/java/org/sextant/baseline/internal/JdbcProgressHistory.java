package org.sextant.baseline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.baseline.ProgressEntry;
import org.sextant.baseline.ProgressHistory;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.platform.Paging;
import org.sextant.platform.SqlFilter;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ProgressHistory} over the trigger-written {@code task_progress} table (V41). */
@Service
@Transactional(readOnly = true)
class JdbcProgressHistory implements ProgressHistory {

    private static final String SOURCE = """
            (select h.*, t.name as task_name, t.wbs_code from task_progress h join wbs_task t on t.id = h.task_id) e""";
    private static final Map<String, String> SORTS = Map.of("recordedAt", "id", "statusDate", "status_date");

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final Tasks tasks;

    JdbcProgressHistory(JdbcClient jdbc, ProjectAccess access, Tasks tasks) {
        this.jdbc = jdbc;
        this.access = access;
        this.tasks = tasks;
    }

    @Override
    public PageResult<ProgressEntry> ofTask(TaskId taskId, Filter filter, PageRequest page) {
        Task task = tasks.find(taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
        access.requireRead(task.projectId());
        return page(new Filter(filter.from(), filter.to(), taskId), task.projectId(), page);
    }

    @Override
    public PageResult<ProgressEntry> ofProject(ProjectId projectId, Filter filter, PageRequest page) {
        access.requireRead(projectId);
        return page(filter, projectId, page);
    }

    @Override
    public Map<ProjectId, List<ProgressEntry>> ofProjects(Collection<ProjectId> projectIds, LocalDate to) {
        Map<ProjectId, List<ProgressEntry>> byProject = new LinkedHashMap<>();
        projectIds.forEach(id -> byProject.put(id, new ArrayList<>()));
        if (projectIds.isEmpty()) {
            return byProject;
        }
        access.requireRead(projectIds);
        jdbc.sql("""
                select h.*, t.name as task_name, t.wbs_code from task_progress h join wbs_task t on t.id = h.task_id
                where h.project_id = any(?) and (cast(? as date) is null or h.status_date <= ?)
                order by h.project_id, h.task_id, h.status_date, h.id""")
                .params(projectIds.stream().map(ProjectId::value).distinct().toArray(Long[]::new), to, to)
                .query(rs -> {
                    byProject.get(ProjectId.of(rs.getLong("project_id"))).add(map(rs, 0));
                });
        return byProject;
    }

    private PageResult<ProgressEntry> page(Filter filter, ProjectId projectId, PageRequest page) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw BusinessRuleException.invalid("to", "the end of the status date range " + filter.to()
                    + " is before its start " + filter.from());
        }
        SqlFilter where = new SqlFilter()
                .always("project_id = :project", Map.of("project", projectId.value()))
                .eq("task_id = :task", "task", filter.taskId() == null ? null : filter.taskId().value())
                .eq("status_date >= :from", "from", filter.from())
                .eq("status_date <= :to", "to", filter.to());
        PageRequest newestFirst = page.sort() == null ? new PageRequest(page.page(), page.size(), "recordedAt", false)
                : page;
        return Paging.page(jdbc, SOURCE, where, newestFirst.orderBy(SORTS, "recordedAt"), newestFirst,
                JdbcProgressHistory::map);
    }

    private static ProgressEntry map(ResultSet rs, int row) throws SQLException {
        return new ProgressEntry(rs.getLong("id"), TaskId.of(rs.getLong("task_id")), rs.getString("task_name"),
                rs.getString("wbs_code"), rs.getObject("status_date", LocalDate.class), rs.getInt("percent_complete"),
                time(rs, "actual_start"), time(rs, "actual_finish"), rs.getObject("remaining_work_minutes", Long.class),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
