package org.sextant.schedule;

import java.util.Collection;
import org.sextant.identity.UserId;

/**
 * What the schedule needs to know about who works on tasks. Implemented by the feature that owns
 * assignments (resource), so the schedule does not depend on it.
 */
public interface TaskAssignees {

    /** Whether {@code user} is linked to a resource assigned to {@code task}. */
    boolean isAssigned(UserId user, TaskId task);

    /** Removes (and audits) the assignments of tasks about to be deleted, in the caller's transaction. */
    void removeAssignments(Collection<TaskId> tasks);
}
