package org.sextant.timesheet.internal;

import org.sextant.identity.CurrentUser;
import org.sextant.identity.Role;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who decides on a timesheet part (ADR 0012): the manager of its project (holding the project-manager
 * role), or the PMO or an administrator for any project; never the timesheet's owner.
 */
@Component
class TimesheetApprovers {

    private final Projects projects;

    TimesheetApprovers(Projects projects) {
        this.projects = projects;
    }

    /** Whether {@code user} manages project {@code projectId} as its project manager. */
    boolean manages(CurrentUser user, long projectId) {
        return user.has(Role.PROJECT_MANAGER) && projects.find(ProjectId.of(projectId))
                .map(p -> user.id().equals(p.managerId())).orElse(false);
    }

    boolean mayDecide(CurrentUser user, Stored sheet, Stored.Part part) {
        return sheet.userId() != user.id().value() && (user.isOrganisationWide() || manages(user, part.projectId()));
    }

    /** Throws AccessDeniedException with the reason unless {@code user} may decide on {@code part}. */
    void require(CurrentUser user, Stored sheet, Stored.Part part) {
        if (sheet.userId() == user.id().value()) {
            throw new AccessDeniedException("Nobody approves or rejects their own timesheet; the PMO decides on a"
                    + " manager's own hours.");
        }
        if (!user.isOrganisationWide() && !manages(user, part.projectId())) {
            String code = projects.find(ProjectId.of(part.projectId())).map(Project::code).orElse("" + part.projectId());
            throw new AccessDeniedException("Only the manager of project " + code
                    + " or the PMO may approve or reject its hours.");
        }
    }
}
