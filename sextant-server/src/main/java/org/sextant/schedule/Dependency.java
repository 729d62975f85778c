package org.sextant.schedule;

import org.sextant.project.ProjectId;

/**
 * A precedence link: the successor's start or finish depends on the predecessor's, with a lag
 * (negative for a lead). It belongs to the successor's project; the predecessor may be in another.
 *
 * @param id                   identity
 * @param version              optimistic-lock version
 * @param predecessorId        the task depended on
 * @param successorId          the dependent task
 * @param type                 FS, SS, FF or SF
 * @param lagMinutes           working (or elapsed) minutes of lag
 * @param lagFormat            WORKING or ELAPSED
 * @param projectId            the successor's project
 * @param predecessorProjectId the predecessor's project
 */
public record Dependency(DependencyId id, long version, TaskId predecessorId, TaskId successorId, DependencyType type,
        long lagMinutes, LagFormat lagFormat, ProjectId projectId, ProjectId predecessorProjectId) {

    /** How a lag is measured. */
    public enum LagFormat { WORKING, ELAPSED }

    /** The fields a client sets. */
    public record Draft(TaskId predecessorId, TaskId successorId, DependencyType type, long lagMinutes,
            LagFormat lagFormat) {
    }
}
