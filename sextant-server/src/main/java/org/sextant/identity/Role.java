package org.sextant.identity;

/**
 * What a user does in the organisation. A user may hold several roles; scope (which portfolios,
 * programs and projects) comes from the data: the manager of a program or project, the resource
 * assigned to a task.
 */
public enum Role {
    /** Administers users and settings; may do everything. */
    ADMIN,
    /** Project Management Office: sets standards and steers the whole portfolio; edits everything. */
    PMO,
    /** Reads every portfolio, program and project; decides on gates and changes. */
    EXECUTIVE,
    /** Manages the programs they are manager of, and the projects in them. */
    PROGRAM_MANAGER,
    /** Manages the projects they are manager of. */
    PROJECT_MANAGER,
    /** Sees the projects they are assigned to and updates progress of their own tasks. */
    TEAM_MEMBER;

    public String authority() {
        return "ROLE_" + name();
    }
}
