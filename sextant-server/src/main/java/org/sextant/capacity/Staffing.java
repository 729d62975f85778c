package org.sextant.capacity;

import java.util.List;
import org.sextant.resource.Assignment;
import org.sextant.resource.AssignmentId;
import org.sextant.resource.ResourceId;

/**
 * Staffing of role demand — an allocation booked to a generic role (a resource of kind ROLE), or a task
 * assignment made to a role in a schedule: suggests the people qualified for the role (every skill it
 * names at least at its proficiency, see the package documentation) ranked by free capacity in the
 * demand's period, and replaces the role by the chosen person. Replacing is an update of the allocation
 * or assignment, with their permission rules and audit entry.
 */
public interface Staffing {

    /**
     * A person who could fill a role demand.
     *
     * @param resourceId    the person
     * @param name          their name
     * @param matchedSkills how many of the role's skills they have
     * @param proficiency   their summed proficiency in those skills
     * @param neededHours   hours the demand asks of them in its period
     * @param freeHours     their capacity minus all demand (assignments, hard and soft allocations) in the period
     * @param fits          whether the free hours cover the needed hours
     */
    record Candidate(ResourceId resourceId, String name, int matchedSkills, int proficiency, double neededHours,
            double freeHours, boolean fits) {
    }

    /**
     * Candidates for a role allocation, best first: those whose free capacity covers the need, then
     * by skills matched, proficiency and free hours. Refused (422) when the allocation is not of a role.
     */
    List<Candidate> candidates(AllocationId allocation);

    /** Books {@code person} instead of the role on the allocation (the same checks and audit as an update). */
    Allocation staff(AllocationId allocation, long expectedVersion, ResourceId person);

    /**
     * Candidates for a task assignment made to a role, over the task's planned dates, best first.
     * Refused (422) when the assignment is not of a role or its task is not scheduled.
     */
    List<Candidate> candidates(AssignmentId assignment);

    /**
     * Puts {@code person} on the task instead of the role, keeping units and work (an assignment update:
     * the project's editors may, and it is audited). Refused (422) for someone not qualified for the role,
     * (409) when the person is already assigned to the task.
     */
    Assignment staff(AssignmentId assignment, long expectedVersion, ResourceId person);
}
