package org.sextant.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Finds who makes the current request. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    /** The caller, or empty when the request is anonymous (or runs outside a request, like start-up). */
    public static Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HasCurrentUser principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The caller; throws AccessDeniedException when anonymous. */
    public static CurrentUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    /** The caller's login name for the audit trail: "system" outside a request. */
    public static String actorName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    /** Throws AccessDeniedException with {@code why} unless the caller holds one of {@code roles}. */
    public static CurrentUser requireAny(String why, Role... roles) {
        CurrentUser user = require();
        for (Role role : roles) {
            if (user.has(role)) {
                return user;
            }
        }
        throw new AccessDeniedException(why);
    }
}
