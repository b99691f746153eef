package io.sinmun.api.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates, finds and revokes API tokens. Only SHA-256 hashes are stored; a token is shown once. */
@Component
class ApiTokens {

    static final String PREFIX = "snm_";

    private final JdbcClient jdbc;
    private final SeoulTime time;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, SeoulTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** A new random token for the account; the returned string is the only copy. */
    @Transactional
    String issue(long accountId, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store(accountId, name, token);
        return token;
    }

    /** Stores a token chosen outside (SINMUN_ADMIN_TOKEN for automation on a new installation). */
    @Transactional
    void store(long accountId, String name, String token) {
        jdbc.sql("""
                insert into api_token (account_id, name, token_hash, token_hint, created_at)
                values (:account, :name, :hash, :hint, :now)
                """).param("account", accountId).param("name", name).param("hash", hash(token))
                .param("hint", token.substring(0, Math.min(8, token.length()))).param("now", SeoulTime.jdbc(time.now()))
                .update();
    }

    /** The active token, noting its use. */
    Optional<ApiToken> use(String token) {
        Optional<ApiToken> found = jdbc.sql("""
                select id, account_id, name, token_hint, created_at, last_used_at, revoked_at from api_token
                 where token_hash = :hash and revoked_at is null
                """).param("hash", hash(token)).query(ApiTokens::map).optional();
        found.ifPresent(t -> jdbc.sql("update api_token set last_used_at = :now where id = :id")
                .param("now", SeoulTime.jdbc(time.now())).param("id", t.id()).update());
        return found;
    }

    List<ApiToken> of(long accountId) {
        return jdbc.sql("""
                select id, account_id, name, token_hint, created_at, last_used_at, revoked_at from api_token
                 where account_id = :account order by created_at desc
                """).param("account", accountId).query(ApiTokens::map).list();
    }

    /** Revokes one of the account's tokens; false if it is not theirs. */
    @Transactional
    boolean revoke(long accountId, long tokenId) {
        return jdbc.sql("update api_token set revoked_at = :now where id = :id and account_id = :account and revoked_at is null")
                .param("now", SeoulTime.jdbc(time.now())).param("id", tokenId).param("account", accountId).update() == 1;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), instant(rs, 5),
                instant(rs, 6), instant(rs, 7));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
