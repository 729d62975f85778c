package org.sextant.project;

import java.util.Map;

/**
 * Data another feature keeps inside a project (tasks, links, assignments...). Deleting a project
 * asks each implementation what it holds, refuses unless the caller said to delete the content too,
 * and then deletes it in {@link #deletionOrder()} within the same transaction.
 */
public interface ProjectContent {

    /** What this feature holds for {@code project}: kind (plural, e.g. "tasks") → count. */
    Map<String, Long> countIn(ProjectId project);

    /** Deletes everything this feature holds for {@code project}. */
    void deleteIn(ProjectId project);

    /** Lower runs first: content that refers to other content goes before it. */
    int deletionOrder();
}
