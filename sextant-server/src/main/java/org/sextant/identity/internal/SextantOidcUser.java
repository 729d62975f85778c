package org.sextant.identity.internal;

import java.io.Serial;
import java.util.Collection;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.HasCurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A user signed in through OpenID Connect, carrying the Sextant user and roles it maps to. */
final class SextantOidcUser extends DefaultOidcUser implements HasCurrentUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;

    SextantOidcUser(OidcUser oidcUser, CurrentUser user, Collection<? extends GrantedAuthority> authorities) {
        super(authorities, oidcUser.getIdToken(), oidcUser.getUserInfo());
        this.user = user;
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
