package io.sinmun.reader.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.sinmun.cache.PageRead;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recognises a reader without storing who they are. A returning reader carries the first-party
 * cookie; a new one (or one who refuses cookies) is recognised by HMAC(secret, day, IP,
 * User-Agent), and that value becomes the cookie, so their second request matches their first.
 * The raw address is never stored; the secret lives in the database, so every node agrees.
 */
@Component
class ReaderKeys {

    private static final long COOKIE_AGE = Duration.ofDays(365).toSeconds();
    private static final DateTimeFormatter COOKIE_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US);
    // robots and previews by User-Agent (lower case); a plain search beat a regex by 5x on every hit
    private static final List<String> AUTOMATED = List.of("bot", "crawl", "spider", "slurp", "facebookexternalhit",
            "embedly", "preview", "monitor");

    private final JdbcClient jdbc;
    private final ViewProperties properties;
    private volatile byte[] secret;
    private final ThreadLocal<Mac> macs = new ThreadLocal<>();
    private volatile Expiry expiry;

    ReaderKeys(JdbcClient jdbc, ViewProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Requests that must not count: robots, link previews and the browser's speculative prefetch. */
    boolean isCountable(PageRead request) {
        String purpose = request.header("Sec-Purpose");
        if (purpose == null) {
            purpose = request.header("Purpose");
        }
        if (purpose != null && purpose.toLowerCase(Locale.ROOT).contains("prefetch")) {
            return false;
        }
        String agent = request.header("User-Agent");
        return agent != null && !agent.isBlank() && !isAutomated(agent.toLowerCase(Locale.ROOT));
    }

    private static boolean isAutomated(String agent) {
        for (String marker : AUTOMATED) {
            if (agent.contains(marker)) {
                return true;
            }
        }
        int headless = agent.indexOf("headlesschrome/");
        return headless >= 0 && agent.indexOf("lighthouse", headless) >= 0;
    }

    /** The reader's key, setting the cookie when the request did not carry one. */
    String keyOf(PageRead request, LocalDate day) {
        String cookie = request.cookie(properties.cookieName());
        if (cookie != null && isValid(cookie)) {
            return cookie;
        }
        String key = hash(day + "|" + request.remoteAddress() + "|" + request.header("User-Agent"));
        request.addResponseHeader("Set-Cookie", properties.cookieName() + "=" + key + "; Path=/; Max-Age=" + COOKIE_AGE
                + "; Expires=" + expires() + (request.secure() ? "; Secure" : "") + "; HttpOnly; SameSite=Lax");
        return key;
    }

    /** 22 characters of URL-safe Base64, as {@link #hash} makes them (by hand: checked on every counted read). */
    private static boolean isValid(String key) {
        if (key.length() != 22) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cookie's Expires (older browsers ignore Max-Age), formatted once a second: every new
     * reader on a cached page gets a cookie, and formatting the date was a tenth of that request.
     */
    private String expires() {
        long second = System.currentTimeMillis() / 1000;
        Expiry current = expiry;
        if (current == null || current.second() != second) {
            current = new Expiry(second, COOKIE_DATE.format(Instant.ofEpochSecond(second + COOKIE_AGE).atZone(ZoneOffset.UTC)));
            expiry = current;
        }
        return current.text();
    }

    private record Expiry(long second, String text) {
    }

    private String hash(String value) {
        try {
            Mac mac = macs.get();
            if (mac == null) { // one per thread: looking up and keying a Mac costs more than the hash itself
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
                macs.set(mac);
            }
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private byte[] secret() {
        byte[] current = secret;
        if (current == null) {
            current = HexFormat.of().parseHex(loadOrCreateSecret());
            secret = current;
        }
        return current;
    }

    private String loadOrCreateSecret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Two nodes may start together: the first insert wins, everyone reads the winner.
        jdbc.sql("insert into reader_secret (id, secret) values (1, :secret) on conflict do nothing")
                .param("secret", HexFormat.of().formatHex(fresh)).update();
        return jdbc.sql("select secret from reader_secret where id = 1").query(String.class).single();
    }
}
