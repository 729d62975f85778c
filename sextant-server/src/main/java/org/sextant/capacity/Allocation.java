package org.sextant.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.project.ProjectId;
import org.sextant.resource.ResourceId;

/**
 * A PMO booking of a resource (or a generic role, which is a resource of kind ROLE) to a project for
 * a period.
 *
 * @param id         identity
 * @param version    optimistic-lock version
 * @param projectId  the project booked for
 * @param resourceId the person, role or equipment booked
 * @param start      first day of the period
 * @param finish     last day of the period (inclusive)
 * @param unit       whether {@code amount} is hours (total over the period) or percent of capacity
 * @param amount     hours or percent
 * @param firmness   soft (tentative or requested) or hard (confirmed)
 * @param note       free text
 */
public record Allocation(AllocationId id, long version, ProjectId projectId, ResourceId resourceId, LocalDate start,
        LocalDate finish, AllocationUnit unit, BigDecimal amount, Firmness firmness, String note) {

    /** The fields a client sets. */
    public record Draft(ProjectId projectId, ResourceId resourceId, LocalDate start, LocalDate finish,
            AllocationUnit unit, BigDecimal amount, Firmness firmness, String note) {
    }
}
