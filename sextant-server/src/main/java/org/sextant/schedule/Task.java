package org.sextant.schedule;

import java.time.LocalDateTime;
import org.sextant.project.ProjectId;

/**
 * An element of a project's work breakdown structure.
 *
 * @param id              identity
 * @param version         optimistic-lock version
 * @param projectId       the project
 * @param parentId        the summary task above it, if any (same project)
 * @param wbsCode         outline code, e.g. "1.2.3"
 * @param name            name
 * @param kind            summary, task or milestone
 * @param sortOrder       position among the project's tasks
 * @param durationMinutes working minutes
 * @param workMinutes     effort in minutes over all assignments
 * @param plannedStart    planned (scheduled) start
 * @param plannedFinish   planned (scheduled) finish
 * @param percentComplete 0..100
 * @param actualStart     when work actually started
 * @param actualFinish    when work actually finished
 * @param constraintType  date constraint
 * @param constraintDate  the constraint's date (null for ASAP and ALAP)
 * @param deadline        a date to finish by, without constraining the schedule
 * @param calendarId      own calendar, if not the project's
 * @param priority        0..1000
 * @param notes           free text
 * @param remainingWorkMinutes work still to do as of the status date, as the project manager or the
 *                        assigned team member reported it (null when never reported)
 */
public record Task(TaskId id, long version, ProjectId projectId, TaskId parentId, String wbsCode, String name,
        TaskKind kind, int sortOrder, long durationMinutes, long workMinutes, LocalDateTime plannedStart,
        LocalDateTime plannedFinish, int percentComplete, LocalDateTime actualStart, LocalDateTime actualFinish,
        ConstraintType constraintType, LocalDateTime constraintDate, LocalDateTime deadline, CalendarId calendarId,
        int priority, String notes, Long remainingWorkMinutes) {

    /** The fields a project editor sets; a null sortOrder puts a new task last. */
    public record Draft(TaskId parentId, String wbsCode, String name, TaskKind kind, Integer sortOrder,
            long durationMinutes, long workMinutes, LocalDateTime plannedStart, LocalDateTime plannedFinish,
            int percentComplete, LocalDateTime actualStart, LocalDateTime actualFinish, ConstraintType constraintType,
            LocalDateTime constraintDate, LocalDateTime deadline, CalendarId calendarId, int priority, String notes) {
    }

    /**
     * The fields a team member reports on a task assigned to them. A null {@code remainingWorkMinutes}
     * derives it from the percent complete (work × (100 − percent) / 100), as MS Project does.
     */
    public record Progress(int percentComplete, LocalDateTime actualStart, LocalDateTime actualFinish,
            Long remainingWorkMinutes) {

        public Progress(int percentComplete, LocalDateTime actualStart, LocalDateTime actualFinish) {
            this(percentComplete, actualStart, actualFinish, null);
        }
    }
}
