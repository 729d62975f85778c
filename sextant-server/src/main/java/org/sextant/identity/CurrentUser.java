package org.sextant.identity;

import java.util.Set;

/**
 * The authenticated user making the current request.
 *
 * @param id          the user's id
 * @param username    login name
 * @param displayName name shown in the UI
 * @param roles       roles held
 */
public record CurrentUser(UserId id, String username, String displayName, Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** ADMIN or PMO: may change anything in the organisation. */
    public boolean isOrganisationWide() {
        return has(Role.ADMIN) || has(Role.PMO);
    }

    /** May read every project: ADMIN, PMO, EXECUTIVE, and the managers (for cross-project visibility). */
    public boolean readsAllProjects() {
        return isOrganisationWide() || has(Role.EXECUTIVE) || has(Role.PROGRAM_MANAGER) || has(Role.PROJECT_MANAGER);
    }
}
