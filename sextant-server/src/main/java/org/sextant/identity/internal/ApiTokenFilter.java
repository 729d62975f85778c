package org.sextant.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.sextant.identity.SextantPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API requests that carry {@code Authorization: Bearer sxt_...} (a personal API token). */
class ApiTokenFilter extends OncePerRequestFilter {

    private final JdbcApiTokens tokens;
    private final PrincipalLoader principals;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenFilter(JdbcApiTokens tokens, PrincipalLoader principals, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.principals = principals;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SextantPrincipal> principal = tokens.authenticate(header.substring(7).trim())
                .flatMap(principals::byId)
                .filter(SextantPrincipal::isEnabled);
        if (principal.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response,
                    new BadCredentialsException("The API token is unknown, revoked or expired."));
            return;
        }
        SextantPrincipal p = principal.get();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
