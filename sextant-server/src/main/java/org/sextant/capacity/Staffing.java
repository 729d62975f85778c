package org.sextant.capacity;

import java.util.List;
import org.sextant.resource.ResourceId;

/**
 * Staffing of role demand: for an allocation booked to a generic role (a resource of kind ROLE),
 * suggests the people who have the role's skills and free capacity in the allocation's period, and
 * replaces the role by the chosen person.
 */
public interface Staffing {

    /**
     * A person who could fill a role allocation.
     *
     * @param resourceId    the person
     * @param name          their name
     * @param matchedSkills how many of the role's skills they have
     * @param proficiency   their summed proficiency in those skills
     * @param neededHours   hours the allocation asks of them in its period
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
}
