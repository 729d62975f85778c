package org.sextant.schedule;

import java.util.List;
import org.sextant.project.ProjectId;

/**
 * Bulk creation of a whole schedule in one call, for imports: tasks in WBS order and then their
 * dependencies, written with batch inserts and recorded as one audit entry each. Needs edit access to
 * the project; meant for a project that has no schedule yet.
 */
public interface ScheduleImport {

    /**
     * A task to create; {@code parentIndex} is the position of its parent in the same list (before
     * it), or -1 at the top. The draft's parentId and sortOrder are ignored.
     */
    record NewTask(int parentIndex, Task.Draft draft) {
    }

    /** Creates the tasks and returns their ids in list order. */
    List<TaskId> createTasks(ProjectId project, List<NewTask> tasks);

    /**
     * Creates dependencies among the project's tasks. Refuses (naming the tasks) links that would form
     * a loop; drops repeated links between the same two tasks. Returns how many were created.
     */
    int createDependencies(ProjectId project, List<Dependency.Draft> dependencies);
}
