package org.sextant.resource;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/**
 * Bulk reading and creation of a project's assignments for imports, with batch inserts and one audit entry.
 * Needs edit access to the project; every task must belong to it. Repeated task/resource pairs are
 * merged (work, actual work and costs added).
 */
public interface AssignmentImport {

    /**
     * An assignment as a project file states it.
     *
     * @param taskId            the task
     * @param draft             resource, units and planned work
     * @param actualWorkMinutes work done so far (stored in {@code assignment.actual_work_minutes})
     * @param plannedCost       the file's planned cost of the assignment, or null to price work at the resource's rate
     * @param actualCost        the file's actual cost, or null
     */
    record NewAssignment(TaskId taskId, Assignment.Draft draft, long actualWorkMinutes, BigDecimal plannedCost,
            BigDecimal actualCost) {

        public NewAssignment(TaskId taskId, Assignment.Draft draft) {
            this(taskId, draft, 0, null, null);
        }
    }

    /** A stored assignment with the costs an import gave it (null when none). */
    record Costed(Assignment assignment, BigDecimal plannedCost, BigDecimal actualCost) {
    }

    /** Every assignment of a project's tasks (for export); needs read access. */
    default List<Assignment> all(ProjectId project) {
        return allWithCosts(project).stream().map(Costed::assignment).toList();
    }

    /** Every assignment of a project's tasks with its imported costs, in task order; needs read access. */
    List<Costed> allWithCosts(ProjectId project);

    /**
     * Every assignment of each project's tasks with its imported costs, in task order, in one query after one
     * access check: every project given is a key, in the order given; needs read access to all of them.
     */
    Map<ProjectId, List<Costed>> allWithCosts(Collection<ProjectId> projects);

    /** Creates the assignments; returns how many. */
    int createAssignments(ProjectId project, List<NewAssignment> assignments);
}
