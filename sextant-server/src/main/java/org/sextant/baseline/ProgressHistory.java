package org.sextant.baseline;

import java.time.LocalDate;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/**
 * Every change to tasks' progress (percent complete, actual start and finish, remaining work), kept by
 * the database whichever path made it (ADR 0009). Reading needs read access to the project. Lists are
 * newest first.
 */
public interface ProgressHistory {

    /**
     * Optional filters; each null means any.
     *
     * @param from    status dates on or after
     * @param to      status dates on or before
     * @param taskId  one task (for the project history)
     */
    record Filter(LocalDate from, LocalDate to, TaskId taskId) {

        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    /** The history of one task. */
    PageResult<ProgressEntry> ofTask(TaskId taskId, Filter filter, PageRequest page);

    /** The history of a project's tasks. */
    PageResult<ProgressEntry> ofProject(ProjectId projectId, Filter filter, PageRequest page);
}
