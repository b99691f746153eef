package io.sinmun.newsroom.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One-time links for creating the first administrator. Only a hash is stored; a token works once, for a day. */
@Component
class SetupTokens {

    private final JdbcClient jdbc;
    private final SeoulTime time;
    private final SecureRandom random = new SecureRandom();

    SetupTokens(JdbcClient jdbc, SeoulTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** A fresh token; earlier ones stop working. */
    String issue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("delete from newsroom_setup_token").update();
        jdbc.sql("insert into newsroom_setup_token (token_hash, expires_at) values (:hash, :expires)")
                .param("hash", hash(token)).param("expires", SeoulTime.jdbc(time.now().plus(Duration.ofDays(1))))
                .update();
        return token;
    }

    boolean isValid(String token) {
        if (token == null || token.length() > 100) {
            return false;
        }
        return jdbc.sql("select count(*) from newsroom_setup_token where token_hash = :hash and expires_at > :now")
                .param("hash", hash(token)).param("now", SeoulTime.jdbc(time.now())).query(Long.class).single() > 0;
    }

    /** Uses the token up; false if it was not valid (or another request used it first). */
    boolean consume(String token) {
        return isValid(token) && jdbc.sql("delete from newsroom_setup_token where token_hash = :hash")
                .param("hash", hash(token)).update() == 1;
    }

    void clear() {
        jdbc.sql("delete from newsroom_setup_token").update();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
