package org.sextant.timesheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sextant.identity.UserId;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/**
 * One user's week: a row per task, a column per day (Monday first), hours in quarter hours. Its hours
 * are grouped per project into {@link Part}s, each submitted, approved or rejected on its own.
 *
 * @param id        identity; null while the week was never saved
 * @param version   optimistic-lock version; 0 while never saved (a first save sends 0)
 * @param userId    the owner
 * @param userName  the owner's display name
 * @param weekStart the Monday the week starts on
 * @param state     the whole week's state: the part state that asks for attention first
 * @param parts     the week's projects and where their hours stand
 * @param rows      the tasks with their hours; for an editable week also the owner's tasks planned in it
 * @param dayTotals hours per day over all rows, Monday first
 * @param totalHours hours in the week
 */
public record Timesheet(TimesheetId id, long version, UserId userId, String userName, LocalDate weekStart,
        TimesheetState state, List<Part> parts, List<Row> rows, List<BigDecimal> dayTotals, BigDecimal totalHours) {

    /** Days in a timesheet week. */
    public static final int DAYS = 7;

    public Timesheet {
        parts = List.copyOf(parts);
        rows = List.copyOf(rows);
        dayTotals = List.copyOf(dayTotals);
    }

    /** The seven days of the week, Monday first. */
    public List<LocalDate> days() {
        return weekStart.datesUntil(weekStart.plusDays(DAYS)).toList();
    }

    /** Whether the owner may still change something: a part that is draft or rejected, or room for a new project. */
    public boolean anyEditable() {
        return parts.isEmpty() || parts.stream().anyMatch(p -> p.state().editable())
                || rows.stream().anyMatch(Row::editable);
    }

    /** The part of {@code project}, if the week has hours on it. */
    public java.util.Optional<Part> part(ProjectId project) {
        return parts.stream().filter(p -> p.projectId().equals(project)).findFirst();
    }

    /**
     * One project's hours in the week: the unit a project manager approves or rejects (ADR 0012).
     *
     * @param id          identity
     * @param version     optimistic-lock version, raised by every submission and decision
     * @param projectId   the project
     * @param projectCode its code
     * @param projectName its name
     * @param state       where these hours stand
     * @param submittedAt when last submitted
     * @param decidedAt   when approved or rejected
     * @param decidedBy   who approved or rejected (login name)
     * @param reason      why it was rejected
     * @param totalHours  hours on the project in the week
     */
    public record Part(TimesheetPartId id, long version, ProjectId projectId, String projectCode, String projectName,
            TimesheetState state, Instant submittedAt, Instant decidedAt, String decidedBy, String reason,
            BigDecimal totalHours) {
    }

    /**
     * One task's hours in the week.
     *
     * @param taskId     the task
     * @param projectId  its project
     * @param projectCode its project's code
     * @param taskName   its name
     * @param comment    the owner's note, optional
     * @param hours      hours per day, Monday first (0 for a day without time)
     * @param totalHours hours in the week
     * @param editable   whether the owner may change it (its part is draft or rejected, or it has none yet)
     */
    public record Row(TaskId taskId, ProjectId projectId, String projectCode, String taskName, String comment,
            List<BigDecimal> hours, BigDecimal totalHours, boolean editable) {

        public Row {
            hours = List.copyOf(hours);
        }
    }

    /**
     * A row as the owner sends it.
     *
     * @param taskId  a task the owner is assigned to
     * @param comment optional note, at most 500 characters
     * @param hours   seven values (Monday first), each 0–24 in quarter hours; null or missing days are 0
     */
    public record RowDraft(TaskId taskId, String comment, List<BigDecimal> hours) {
    }
}
