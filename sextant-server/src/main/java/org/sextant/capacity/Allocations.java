package org.sextant.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
import org.sextant.resource.ResourceId;

/**
 * Allocations. Reading follows project visibility. ADMIN and PMO create, change and delete any
 * allocation; the program and project managers who may edit a project create, change and delete
 * SOFT allocations of that project only (a request the PMO confirms by making it HARD). Every write
 * is audited.
 */
public interface Allocations {

    /**
     * Filters for the list; each null means any.
     *
     * @param projectId  one project
     * @param resourceId one resource
     * @param from       overlapping the period starting here
     * @param to         overlapping the period ending here
     * @param firmness   soft or hard only
     */
    record Filter(ProjectId projectId, ResourceId resourceId, LocalDate from, LocalDate to, Firmness firmness) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    Optional<Allocation> find(AllocationId id);

    Allocation get(AllocationId id);

    /** The allocations the caller may see that match {@code filter}. */
    PageResult<Allocation> list(Filter filter, PageRequest page);

    /** Every allocation the caller may see overlapping {@code from..to}, for capacity computations. */
    List<Allocation> overlapping(LocalDate from, LocalDate to);

    Allocation create(Allocation.Draft draft);

    Allocation update(AllocationId id, long expectedVersion, Allocation.Draft draft);

    void delete(AllocationId id, long expectedVersion);
}
