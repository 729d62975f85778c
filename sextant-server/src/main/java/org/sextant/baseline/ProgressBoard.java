package org.sextant.baseline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;

/**
 * A project's progress as of its status date: the leaf tasks (tasks and milestones; summaries roll up)
 * with what was reported on them, and who may report. Progress itself is written through
 * {@code Tasks.updateProgress} ({@code PATCH /api/v1/tasks/{id}/progress}).
 */
public interface ProgressBoard {

    /**
     * The project's board, read by anyone who may read the project.
     *
     * @param projectId      the project
     * @param projectVersion its version (for changing the status date)
     * @param statusDate     the date progress is reported against, if set
     * @param canEdit        whether the caller edits the project (and so every task's progress)
     * @param tasks          one page of leaf tasks in WBS order
     */
    record Board(ProjectId projectId, long projectVersion, LocalDate statusDate, boolean canEdit, PageResult<Row> tasks) {
    }

    /**
     * One leaf task's progress.
     *
     * @param taskId               the task
     * @param version              its version, for the progress update
     * @param wbsCode              outline code
     * @param name                 name
     * @param kind                 task or milestone
     * @param plannedStart         scheduled start
     * @param plannedFinish        scheduled finish
     * @param workMinutes          planned work
     * @param percentComplete      0..100
     * @param actualStart          actual start
     * @param actualFinish         actual finish
     * @param remainingWorkMinutes remaining work as reported (null when never reported)
     * @param editable             whether the caller may report progress on it (editor, or assigned team member)
     */
    record Row(TaskId taskId, long version, String wbsCode, String name, TaskKind kind, LocalDateTime plannedStart,
            LocalDateTime plannedFinish, long workMinutes, int percentComplete, LocalDateTime actualStart,
            LocalDateTime actualFinish, Long remainingWorkMinutes, boolean editable) {
    }

    Board board(ProjectId projectId, PageRequest page);

    /** One task's row, for the caller. */
    Row row(TaskId taskId);

    /**
     * Sets the project's status date (null clears it); needs edit access and the project's current
     * version; audited by the project feature. Returns the project's new version.
     */
    long setStatusDate(ProjectId projectId, long expectedVersion, LocalDate statusDate);
}
