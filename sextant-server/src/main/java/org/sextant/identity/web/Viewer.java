package org.sextant.identity.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.Role;

/**
 * The signed-in user as the page layout needs them: name, roles in words, and which parts of the
 * navigation they may use.
 */
public record Viewer(String username, String displayName, String initials, String roles, boolean admin,
        boolean auditor, boolean organisationWide, boolean importer) {

    static Viewer of(CurrentUser user) {
        String name = user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
        String initials = Arrays.stream(name.trim().split("\\s+")).limit(2)
                .map(w -> w.substring(0, 1).toUpperCase()).collect(Collectors.joining());
        String roles = user.roles().stream().sorted().map(Viewer::label).collect(Collectors.joining(", "));
        return new Viewer(user.username(), name, initials, roles, user.has(Role.ADMIN),
                user.isOrganisationWide(), user.isOrganisationWide(), user.isOrganisationWide()
                        || user.has(Role.PROGRAM_MANAGER) || user.has(Role.PROJECT_MANAGER));
    }

    /** Every role in words by name (e.g. PMO → "PMO"), for lists and choosers. */
    public static java.util.Map<String, String> labels() {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (Role role : Role.values()) {
            labels.put(role.name(), label(role));
        }
        return labels;
    }

    /** A role in words, e.g. "Program manager". */
    public static String label(Role role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case PMO -> "PMO";
            case EXECUTIVE -> "Executive";
            case PROGRAM_MANAGER -> "Program manager";
            case PROJECT_MANAGER -> "Project manager";
            case TEAM_MEMBER -> "Team member";
        };
    }
}
