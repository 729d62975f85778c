package org.sextant.schedule.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.sextant.project.ProjectId;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.ConstraintType;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reading tasks and walking the WBS tree, shared by the schedule feature's services. */
final class TaskRows {

    private TaskRows() {
    }

    static Optional<Task> find(JdbcClient jdbc, TaskId id) {
        return jdbc.sql("select * from wbs_task where id = ?").param(id.value()).query(TaskRows::map).optional();
    }

    /** The chain of ancestors of {@code task}, nearest first, starting with the task itself. */
    static List<Task> selfAndAncestors(JdbcClient jdbc, TaskId task) {
        return jdbc.sql("""
                with recursive up(id, parent_id, depth) as (
                    select id, parent_id, 0 from wbs_task where id = ?
                    union all
                    select t.id, t.parent_id, u.depth + 1 from wbs_task t join up u on t.id = u.parent_id
                    where u.depth < 10000)
                select w.* from up join wbs_task w on w.id = up.id order by up.depth""")
                .param(task.value()).query(TaskRows::map).list();
    }

    /** Whether one of the two tasks is above the other in the WBS. */
    static boolean isAncestor(JdbcClient jdbc, TaskId a, TaskId b) {
        return jdbc.sql("""
                with recursive up(origin, id, depth) as (
                    select id, parent_id, 0 from wbs_task where id in (:a, :b)
                    union all
                    select u.origin, t.parent_id, u.depth + 1 from wbs_task t join up u on t.id = u.id
                    where u.id is not null and u.depth < 10000)
                select exists (select 1 from up where (origin = :a and id = :b) or (origin = :b and id = :a))""")
                .param("a", a.value()).param("b", b.value()).query(Boolean.class).single();
    }

    /** The ids of {@code task} and everything below it, deepest first. */
    static List<Long> subtree(JdbcClient jdbc, TaskId task) {
        return jdbc.sql("""
                with recursive down(id, depth) as (
                    select id, 0 from wbs_task where id = ?
                    union all
                    select t.id, d.depth + 1 from wbs_task t join down d on t.parent_id = d.id where d.depth < 10000)
                select id from down order by depth desc, id""")
                .param(task.value()).query(Long.class).list();
    }

    /** Serialises writes that change a project's tree, so two concurrent edits cannot form a loop together. */
    static void lockTree(JdbcClient jdbc, ProjectId project) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(8101, ?)").param((int) project.value()).query(Integer.class).list();
    }

    static Task map(ResultSet rs, int row) throws SQLException {
        Long parent = rs.getObject("parent_id", Long.class);
        Long calendar = rs.getObject("calendar_id", Long.class);
        return new Task(TaskId.of(rs.getLong("id")), rs.getLong("version"), ProjectId.of(rs.getLong("project_id")),
                parent == null ? null : TaskId.of(parent), rs.getString("wbs_code"), rs.getString("name"),
                TaskKind.valueOf(rs.getString("kind")), rs.getInt("sort_order"), rs.getLong("duration_minutes"),
                rs.getLong("work_minutes"), time(rs, "planned_start"), time(rs, "planned_finish"),
                rs.getInt("percent_complete"), time(rs, "actual_start"), time(rs, "actual_finish"),
                ConstraintType.valueOf(rs.getString("constraint_type")), time(rs, "constraint_date"),
                time(rs, "deadline"), calendar == null ? null : CalendarId.of(calendar), rs.getInt("priority"),
                rs.getString("notes"), rs.getObject("remaining_work_minutes", Long.class));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }
}
