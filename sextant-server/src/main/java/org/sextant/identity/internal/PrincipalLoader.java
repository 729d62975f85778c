package org.sextant.identity.internal;

import java.util.Optional;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.SextantPrincipal;
import org.sextant.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the security principal of a user by login name, API token owner or e-mail (OpenID Connect). */
@Component
class PrincipalLoader implements UserDetailsService {

    private final JdbcClient jdbc;

    PrincipalLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SextantPrincipal loadUserByUsername(String username) {
        return byColumn("username", username)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }

    Optional<SextantPrincipal> byId(long id) {
        return byColumn("id", id);
    }

    Optional<SextantPrincipal> byEmail(String email) {
        return byColumn("lower(email)", email.toLowerCase());
    }

    private Optional<SextantPrincipal> byColumn(String column, Object value) {
        return jdbc.sql("select id, username, display_name, roles, password_hash, active from app_user where "
                        + column + " = ?")
                .param(value)
                .query((rs, row) -> new SextantPrincipal(
                        new CurrentUser(UserId.of(rs.getLong("id")), rs.getString("username"),
                                rs.getString("display_name"), JdbcUsers.roles(rs.getArray("roles"))),
                        rs.getString("password_hash"), rs.getBoolean("active")))
                .optional();
    }
}
