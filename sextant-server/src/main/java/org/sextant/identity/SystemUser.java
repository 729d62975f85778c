package org.sextant.identity;

import java.util.EnumSet;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and background work (demo data, scheduled jobs) as the built-in "system" actor
 * with administrator rights, so the same permission checks and audit trail apply as for people.
 */
public final class SystemUser {

    private static final CurrentUser SYSTEM = new CurrentUser(UserId.of(0), "system", "Sextant", EnumSet.of(Role.ADMIN));

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        SextantPrincipal principal = new SextantPrincipal(SYSTEM, null, true);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
