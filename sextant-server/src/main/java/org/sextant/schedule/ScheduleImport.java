package org.sextant.schedule;

import java.util.List;
import org.sextant.project.ProjectId;

/**
 * Bulk creation of a whole schedule in one call, for imports: tasks in WBS order and their
 * dependencies, written with multi-row inserts and recorded as one audit entry each. The schedule is
 * computed before writing: tasks are written with the planned dates the scheduler gives them and the
 * results are stored with them, so the reschedule before commit (ADR 0007) has nothing left to do for
 * the project (ADR 0016). Needs edit access to the project; meant for a project that has no schedule yet.
 */
public interface ScheduleImport {

    /**
     * A task to create; {@code parentIndex} is the position of its parent in the same list (before
     * it), or -1 at the top. The draft's parentId and sortOrder are ignored.
     */
    record NewTask(int parentIndex, Task.Draft draft) {
    }

    /** A dependency between two tasks of the same list, by their positions in it. */
    record NewLink(int predecessorIndex, int successorIndex, DependencyType type, long lagMinutes,
            Dependency.LagFormat lagFormat) {
    }

    /** The ids of the created tasks in list order, and how many dependencies were created. */
    record Created(List<TaskId> taskIds, int dependencies) {
    }

    /**
     * Creates the tasks and the dependencies among them. Refuses (naming the tasks) links that would
     * form a loop and links naming a position outside the list; drops links of a task to itself and
     * repeated links between the same two tasks.
     */
    Created createSchedule(ProjectId project, List<NewTask> tasks, List<NewLink> links);
}
