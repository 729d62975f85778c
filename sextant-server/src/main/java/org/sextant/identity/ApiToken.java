package org.sextant.identity;

import java.time.Instant;

/**
 * A personal API token's public description (the secret itself is shown once, at creation).
 *
 * @param id         identity
 * @param name       what the owner called it
 * @param prefix     first characters of the secret, to recognise it
 * @param createdAt  when it was made
 * @param expiresAt  when it stops working, or null for never
 * @param lastUsedAt last successful use
 * @param revoked    revoked tokens never authenticate again
 */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        boolean revoked) {

    /** A token just created, with its secret. */
    public record Created(ApiToken token, String secret) {
    }
}
