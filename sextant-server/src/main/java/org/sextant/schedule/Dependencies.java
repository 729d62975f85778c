package org.sextant.schedule;

import java.util.List;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;

/**
 * Dependencies between tasks, also across projects. A dependency belongs to its successor's project:
 * changing it needs edit rights there; its predecessor must be readable. A dependency that would close
 * a loop is refused, naming the tasks of the loop.
 */
public interface Dependencies {

    /**
     * Filters for a project's dependencies; each null means any.
     *
     * @param taskId links of one task (either end)
     * @param type   one type
     */
    record Filter(TaskId taskId, DependencyType type) {

        public static Filter none() {
            return new Filter(null, null);
        }
    }

    Dependency get(DependencyId id);

    /** Dependencies with either end in {@code project}. */
    PageResult<Dependency> list(ProjectId project, Filter filter, PageRequest page);

    /** Every dependency with either end in {@code project}. */
    List<Dependency> all(ProjectId project);

    /** Adds a dependency whose successor is in {@code project}. */
    Dependency create(ProjectId project, Dependency.Draft draft);

    Dependency update(DependencyId id, long expectedVersion, Dependency.Draft draft);

    void delete(DependencyId id, long expectedVersion);
}
