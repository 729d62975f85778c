package org.sextant.project;

import java.util.Set;
import org.sextant.identity.UserId;

/**
 * Tells which projects a user works on (is assigned to). Implemented by the feature that owns
 * assignments; the project feature uses it to let team members see their projects.
 */
public interface ProjectMembership {

    Set<ProjectId> projectsOf(UserId user);
}
