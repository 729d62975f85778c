package org.sextant.project;

/**
 * Someone with a stake in a project, and how to keep them informed.
 *
 * @param id                      identity
 * @param version                 optimistic-lock version
 * @param projectId               the project
 * @param name                    person or group
 * @param organisation            where they come from
 * @param role                    their role towards the project
 * @param email                   contact
 * @param interest                how much the outcome matters to them
 * @param influence               how much they can shape it
 * @param communicationPreference how and how often to inform them
 * @param notes                   free text
 */
public record Stakeholder(long id, long version, ProjectId projectId, String name, String organisation, String role,
        String email, Level interest, Level influence, String communicationPreference, String notes) {

    /** The fields a client sets. */
    public record Draft(String name, String organisation, String role, String email, Level interest, Level influence,
            String communicationPreference, String notes) {
    }
}
