package org.sextant.identity;

import java.util.Set;

/**
 * The fields of a user a client sets. {@code password} is optional on update (null keeps it).
 */
public record UserDraft(String username, String email, String displayName, String password, Set<Role> roles,
        Long departmentId, boolean active) {
}
