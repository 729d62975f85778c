package org.sextant.resource;

import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/**
 * Assignments of resources to tasks. Reading needs read access to the task's project, writing edit
 * access to it.
 */
public interface Assignments {

    Assignment get(AssignmentId id);

    /** Every assignment in a project the caller may read, by task (for leveling). */
    java.util.List<Assignment> ofProject(ProjectId project);

    /** A task's assignments; {@code text} matches the resource name. */
    PageResult<Assignment> list(TaskId task, String text, PageRequest page);

    Assignment create(TaskId task, Assignment.Draft draft);

    Assignment update(AssignmentId id, long expectedVersion, Assignment.Draft draft);

    void delete(AssignmentId id, long expectedVersion);

    /** The resources assigned in a project with their total work; {@code text} matches the name. */
    PageResult<TeamMember> team(ProjectId project, String text, PageRequest page);

    /**
     * The tasks the caller is assigned to (through the resource linked to their user), by planned
     * start; {@code text} matches the task name, {@code open} keeps only tasks not yet complete.
     */
    PageResult<MyTask> mine(String text, boolean open, PageRequest page);

    /**
     * Adds approved time to the actual work of {@code resource}'s assignment to {@code task}, in the
     * caller's transaction (the timesheet approval), audited. Needs edit access to the task's project;
     * refused (409) when the resource is no longer assigned to the task.
     */
    Assignment addActualWork(TaskId task, ResourceId resource, long minutes);
}
