package org.sextant.identity;

import java.time.Instant;
import java.util.List;

/** Personal API tokens of the signed-in user: for scripts and integrations (HTTP {@code Authorization: Bearer}). */
public interface ApiTokens {

    /** Creates a token for the caller; the returned secret is never shown again. */
    ApiToken.Created create(String name, Instant expiresAt);

    List<ApiToken> mine();

    void revoke(long tokenId);
}
