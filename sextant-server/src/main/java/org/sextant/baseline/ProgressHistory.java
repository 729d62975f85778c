package org.sextant.baseline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /**
     * The whole history of several projects' tasks with status dates on or before {@code to} (any when
     * null), read with one query: a map with every project given, each list ordered by task, then status
     * date, then recording (oldest first, unlike the pages). Needs read access to every project. For bulk
     * readers such as earned value.
     */
    Map<ProjectId, List<ProgressEntry>> ofProjects(Collection<ProjectId> projectIds, LocalDate to);
}
