package org.sextant.capacity;

import java.time.LocalDate;
import java.util.List;
import org.sextant.resource.ResourceId;

/** Capacity versus demand across every project the caller may see. */
public interface Capacity {

    /**
     * Filters; each null means any.
     *
     * @param departmentId resources of one department
     * @param skillId      resources with one skill
     * @param kind         PERSON, ROLE or EQUIPMENT
     */
    record Filter(Long departmentId, Long skillId, String kind) {
    }

    CapacityGrid grid(LocalDate from, LocalDate to, PeriodUnit unit, CapacityGrid.GroupBy groupBy, Filter filter);

    /** What makes up a resource's demand in {@code from..to}: tasks and allocations by project, largest first. */
    List<CapacityGrid.Contribution> contributions(ResourceId resource, LocalDate from, LocalDate to);
}
