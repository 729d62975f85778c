package org.sextant.schedule;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;

/**
 * The work breakdown structure of projects. Reading needs read access to the task's project, writing
 * edit access; {@link #updateProgress} is also open to team members assigned to the task.
 */
public interface Tasks {

    /**
     * Filters for a project's task list; each null means any.
     *
     * @param text     matches name or WBS code
     * @param parentId children of one task
     * @param kind     one kind
     */
    record Filter(String text, TaskId parentId, TaskKind kind) {

        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    /** The task without permission check (for other features that check their own). */
    Optional<Task> find(TaskId id);

    /** The task if the caller may read its project. */
    Task get(TaskId id);

    PageResult<Task> list(ProjectId project, Filter filter, PageRequest page);

    /** Every task of a project the caller may read, in WBS order. */
    List<Task> all(ProjectId project);

    /**
     * Every task of each project, in WBS order, in one query after one access check: every project given
     * is a key, in the order given. Refused as a whole when the caller may not read one of them.
     */
    Map<ProjectId, List<Task>> all(Collection<ProjectId> projects);

    Task create(ProjectId project, Task.Draft draft);

    Task update(TaskId id, long expectedVersion, Task.Draft draft);

    /**
     * Records progress: project editors, and team members on tasks they are assigned to. Missing actual
     * dates and remaining work are completed as MS Project does (ADR 0009); contradictions are refused
     * naming the field.
     */
    Task updateProgress(TaskId id, long expectedVersion, Task.Progress progress);

    /**
     * Deletes a task with its dependencies and assignments. A summary with children is refused
     * unless {@code withChildren} says to delete the whole branch.
     */
    void delete(TaskId id, long expectedVersion, boolean withChildren);
}
