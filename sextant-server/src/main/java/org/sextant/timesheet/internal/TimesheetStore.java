package org.sextant.timesheet.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.timesheet.Timesheet;
import org.sextant.timesheet.TimesheetState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the timesheet tables; callers check permissions, versions and rules first. */
@Component
class TimesheetStore {

    private final JdbcClient jdbc;

    TimesheetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(long userId, LocalDate weekStart) {
        return jdbc.sql("select * from timesheet where user_id = ? and week_start = ?").params(userId, weekStart)
                .query(this::sheet).optional().map(this::withParts);
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select * from timesheet where id = ?").param(id).query(this::sheet).optional()
                .map(this::withParts);
    }

    Optional<Stored> findByPart(long partId) {
        return jdbc.sql("select timesheet_id from timesheet_part where id = ?").param(partId).query(Long.class)
                .optional().flatMap(this::find);
    }

    /** A new timesheet at version 1 (a week never saved reads as version 0). */
    long insert(long userId, long resourceId, LocalDate weekStart) {
        return jdbc.sql("insert into timesheet (user_id, resource_id, week_start, version) values (?, ?, ?, 1) returning id")
                .params(userId, resourceId, weekStart).query(Long.class).single();
    }

    /** Raises the version if it is {@code expected}; the number of rows changed (0 = someone was first). */
    int bump(long id, long expected) {
        return jdbc.sql("update timesheet set version = version + 1, updated_at = now() where id = ? and version = ?")
                .params(id, expected).update();
    }

    /** Raises the version whatever it is (a decision on one of its parts changed the week). */
    void touch(long id) {
        jdbc.sql("update timesheet set version = version + 1, updated_at = now() where id = ?").param(id).update();
    }

    long insertPart(long timesheetId, long projectId) {
        return jdbc.sql("insert into timesheet_part (timesheet_id, project_id) values (?, ?) returning id")
                .params(timesheetId, projectId).query(Long.class).single();
    }

    void deletePart(long partId) {
        jdbc.sql("delete from timesheet_part where id = ?").param(partId).update();
    }

    /** Replaces a part's rows and their entries (days without time are not stored). */
    void replaceRows(long partId, LocalDate weekStart, List<Stored.Row> rows) {
        jdbc.sql("delete from timesheet_row where part_id = ?").param(partId).update();
        for (Stored.Row row : rows) {
            long rowId = jdbc.sql("insert into timesheet_row (part_id, task_id, sort_order, comment) values (?, ?, ?, ?) returning id")
                    .params(partId, row.taskId(), row.sortOrder(), row.comment()).query(Long.class).single();
            for (int d = 0; d < Timesheet.DAYS; d++) {
                int minutes = row.minutes().get(d);
                if (minutes > 0) {
                    jdbc.sql("insert into timesheet_entry (row_id, day, minutes) values (?, ?, ?)")
                            .params(rowId, weekStart.plusDays(d), minutes).update();
                }
            }
        }
    }

    /**
     * Moves a part from {@code from} to {@code to} if it is still at {@code expectedVersion} and in
     * {@code from}; the number of rows changed (0 = someone else moved it first).
     */
    int move(long partId, long expectedVersion, TimesheetState from, TimesheetState to, String decidedBy, String reason) {
        String stamps = to == TimesheetState.SUBMITTED
                ? "submitted_at = now(), decided_at = null, decided_by = null"
                : "decided_at = now(), decided_by = :by";
        return jdbc.sql("update timesheet_part set state = :to, reason = :reason, version = version + 1, " + stamps
                        + " where id = :id and version = :version and state = :from")
                .param("to", to.name()).param("reason", reason).param("by", decidedBy).param("id", partId)
                .param("version", expectedVersion).param("from", from.name()).update();
    }

    /** The parts of a project, for deleting it. */
    List<Long> partsIn(long projectId) {
        return jdbc.sql("select id from timesheet_part where project_id = ? order by id").param(projectId)
                .query(Long.class).list();
    }

    private Stored withParts(Stored sheet) {
        List<Stored.Part> parts = jdbc.sql("select * from timesheet_part where timesheet_id = ? order by id")
                .param(sheet.id()).query(TimesheetStore::part).list();
        if (parts.isEmpty()) {
            return sheet;
        }
        Long[] partIds = parts.stream().map(Stored.Part::id).toArray(Long[]::new);
        Map<Long, int[]> minutes = new HashMap<>();
        jdbc.sql("""
                select r.id as row_id, e.day, e.minutes from timesheet_row r join timesheet_entry e on e.row_id = r.id
                where r.part_id = any(?)""").param(partIds).query(rs -> {
                    int d = (int) (rs.getObject("day", LocalDate.class).toEpochDay() - sheet.weekStart().toEpochDay());
                    minutes.computeIfAbsent(rs.getLong("row_id"), k -> new int[Timesheet.DAYS])[d] = rs.getInt("minutes");
                });
        Map<Long, List<Stored.Row>> rows = new HashMap<>();
        jdbc.sql("select * from timesheet_row where part_id = any(?) order by sort_order, id").param(partIds)
                .query(rs -> {
                    int[] days = minutes.getOrDefault(rs.getLong("id"), new int[Timesheet.DAYS]);
                    List<Integer> list = new ArrayList<>();
                    for (int m : days) {
                        list.add(m);
                    }
                    rows.computeIfAbsent(rs.getLong("part_id"), k -> new ArrayList<>()).add(new Stored.Row(
                            rs.getLong("task_id"), rs.getInt("sort_order"), rs.getString("comment"), list));
                });
        List<Stored.Part> full = parts.stream().map(p -> new Stored.Part(p.id(), p.version(), p.projectId(), p.state(),
                p.submittedAt(), p.decidedAt(), p.decidedBy(), p.reason(), rows.getOrDefault(p.id(), List.of()))).toList();
        return new Stored(sheet.id(), sheet.version(), sheet.userId(), sheet.resourceId(), sheet.weekStart(), full);
    }

    private Stored sheet(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getLong("version"), rs.getLong("user_id"), rs.getLong("resource_id"),
                rs.getObject("week_start", LocalDate.class), List.of());
    }

    private static Stored.Part part(ResultSet rs, int row) throws SQLException {
        return new Stored.Part(rs.getLong("id"), rs.getLong("version"), rs.getLong("project_id"),
                TimesheetState.valueOf(rs.getString("state")), instant(rs, "submitted_at"), instant(rs, "decided_at"),
                rs.getString("decided_by"), rs.getString("reason"), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
