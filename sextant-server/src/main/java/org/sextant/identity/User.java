package org.sextant.identity;

import java.util.Set;

/**
 * A person who signs in to Sextant. The password hash is deliberately not part of this value, so it
 * never reaches an API response or the audit trail.
 *
 * @param id           identity
 * @param version      optimistic-lock version
 * @param username     login name, unique
 * @param email        e-mail address, unique
 * @param displayName  name shown to others
 * @param roles        roles held (at least one)
 * @param departmentId department, if any
 * @param active       inactive users cannot sign in
 */
public record User(UserId id, long version, String username, String email, String displayName, Set<Role> roles,
        Long departmentId, boolean active) {

    public User {
        roles = Set.copyOf(roles);
    }
}
