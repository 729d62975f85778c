package org.sextant.resource;

import java.util.List;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/**
 * Bulk reading and creation of a project's assignments for imports, with batch inserts and one audit entry.
 * Needs edit access to the project; every task must belong to it. Repeated task/resource pairs are
 * merged (work added).
 */
public interface AssignmentImport {

    record NewAssignment(TaskId taskId, Assignment.Draft draft) {
    }

    /** Every assignment of a project's tasks (for export); needs read access. */
    List<Assignment> all(ProjectId project);

    /** Creates the assignments; returns how many. */
    int createAssignments(ProjectId project, List<NewAssignment> assignments);
}
