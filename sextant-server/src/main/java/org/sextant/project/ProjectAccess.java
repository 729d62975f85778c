package org.sextant.project;

import java.util.Collection;
import org.sextant.identity.CurrentUser;

/**
 * Who may see and change a project — the scope half of authorisation, applied by every feature that
 * keeps project data:
 * <ul>
 *   <li>read: ADMIN, PMO, EXECUTIVE, PROGRAM_MANAGER and PROJECT_MANAGER read every project; a
 *       TEAM_MEMBER reads the projects they are assigned to;</li>
 *   <li>edit: ADMIN and PMO every project; a PROGRAM_MANAGER the projects of programs they manage;
 *       a PROJECT_MANAGER the projects they manage. EXECUTIVE and TEAM_MEMBER edit none (a team
 *       member reports progress on their own tasks, which the schedule feature allows).</li>
 * </ul>
 * The {@code require*} methods throw Spring's AccessDeniedException (HTTP 403) with the reason, and
 * NotFoundException (404) for a project that does not exist.
 */
public interface ProjectAccess {

    boolean canRead(CurrentUser user, ProjectId project);

    boolean canEdit(CurrentUser user, ProjectId project);

    /** The caller, after checking they may read {@code project}. */
    CurrentUser requireRead(ProjectId project);

    /**
     * The caller, after checking they may read every one of {@code projects} (one query however many):
     * the same checks and messages as {@link #requireRead(ProjectId)}, for the first project that fails.
     */
    CurrentUser requireRead(Collection<ProjectId> projects);

    /** The caller, after checking they may change {@code project}. */
    CurrentUser requireEdit(ProjectId project);
}
