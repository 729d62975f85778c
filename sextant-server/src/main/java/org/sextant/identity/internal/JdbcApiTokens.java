package org.sextant.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.sextant.audit.AuditLog;
import org.sextant.identity.ApiToken;
import org.sextant.identity.ApiTokens;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. The secret ({@code sxt_} + 32 random bytes, base64url) is returned once; only
 * its SHA-256 is stored, which is safe for high-entropy secrets and fast enough to check per request.
 */
@Service
class JdbcApiTokens implements ApiTokens {

    static final String PREFIX = "sxt_";
    private static final String ENTITY = "ApiToken";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    JdbcApiTokens(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public ApiToken.Created create(String name, Instant expiresAt) {
        CurrentUser user = CurrentUsers.require();
        if (name == null || name.isBlank() || name.length() > 100) {
            throw BusinessRuleException.invalid("name", "a token needs a name of 1 to 100 characters");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("""
                insert into api_token (user_id, name, token_hash, token_prefix, expires_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(user.id().value(), name, sha256(secret), secret.substring(0, 12),
                        expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class).single();
        ApiToken token = find(id).orElseThrow();
        audit.created(ENTITY, id, null, token);
        return new ApiToken.Created(token, secret);
    }

    @Override
    public List<ApiToken> mine() {
        return jdbc.sql("select * from api_token where user_id = ? order by id")
                .param(CurrentUsers.require().id().value()).query(JdbcApiTokens::token).list();
    }

    @Override
    @Transactional
    public void revoke(long tokenId) {
        CurrentUser user = CurrentUsers.require();
        ApiToken before = jdbc.sql("select * from api_token where id = ? and user_id = ?")
                .params(tokenId, user.id().value()).query(JdbcApiTokens::token).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, tokenId));
        jdbc.sql("update api_token set revoked = true where id = ?").param(tokenId).update();
        audit.updated(ENTITY, tokenId, null, before, find(tokenId).orElseThrow());
    }

    /** The user id owning a valid (known, unrevoked, unexpired) secret; records its use. */
    Optional<Long> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update api_token set last_used_at = now()
                where token_hash = ? and not revoked and (expires_at is null or expires_at > now())
                returning user_id""")
                .param(sha256(secret)).query(Long.class).optional();
    }

    private Optional<ApiToken> find(long id) {
        return jdbc.sql("select * from api_token where id = ?").param(id).query(JdbcApiTokens::token).optional();
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("last_used_at")), rs.getBoolean("revoked"));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
