package io.sinmun.push.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sinmun.section.Sections;
import io.sinmun.system.BadRequestException;
import io.sinmun.system.SeoulTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores readers' push subscriptions after checking everything a browser sends: an https push
 * service, a real P-256 key, a 16-byte auth secret, known sections, and a cap per client address.
 * Bad input is refused whole: nothing is stored.
 */
@Component
class PushSubscriptions {

    private final JdbcClient jdbc;
    private final Sections sections;
    private final SeoulTime time;
    private final boolean allowLoopback;
    private final int perClient;

    PushSubscriptions(JdbcClient jdbc, Sections sections, SeoulTime time,
            @Value("${sinmun.push.allow-loopback:false}") boolean allowLoopback,
            @Value("${sinmun.push.max-subscriptions-per-client:20}") int perClient) {
        this.jdbc = jdbc;
        this.sections = sections;
        this.time = time;
        this.allowLoopback = allowLoopback;
        this.perClient = perClient;
    }

    /** Stores (or updates, for a known endpoint) the subscription; true when it is new. */
    @Transactional
    boolean subscribe(SubscriptionRequest request, String client) {
        if (request == null || request.endpoint() == null || request.keys() == null) {
            throw new BadRequestException("endpoint와 keys(p256dh, auth)가 필요합니다.");
        }
        String endpoint = endpoint(request.endpoint());
        byte[] p256dh = decode("keys.p256dh", request.keys().p256dh());
        try {
            P256.publicKey(p256dh);
        }
        catch (IllegalArgumentException ex) {
            throw new BadRequestException("keys.p256dh가 P-256 공개키가 아닙니다: " + ex.getMessage());
        }
        if (decode("keys.auth", request.keys().auth()).length != 16) {
            throw new BadRequestException("keys.auth는 16바이트여야 합니다.");
        }
        String topics = topics(request.topics());
        int updated = jdbc.sql("""
                update push_subscription set p256dh = :p256dh, auth = :auth, topics = :topics where endpoint = :endpoint
                """).param("p256dh", request.keys().p256dh()).param("auth", request.keys().auth())
                .param("topics", topics).param("endpoint", endpoint).update();
        if (updated == 1) {
            return false;
        }
        long existing = jdbc.sql("select count(*) from push_subscription where client = :client")
                .param("client", client).query(Long.class).single();
        if (existing >= perClient) {
            throw new BadRequestException("한 곳에서 만들 수 있는 구독 수(" + perClient + "개)를 넘었습니다.");
        }
        jdbc.sql("""
                insert into push_subscription (endpoint, p256dh, auth, topics, client, created_at)
                values (:endpoint, :p256dh, :auth, :topics, :client, :now)
                """).param("endpoint", endpoint).param("p256dh", request.keys().p256dh())
                .param("auth", request.keys().auth()).param("topics", topics).param("client", client)
                .param("now", SeoulTime.jdbc(time.now())).update();
        return true;
    }

    @Transactional
    boolean unsubscribe(String endpoint) {
        return endpoint != null && jdbc.sql("delete from push_subscription where endpoint = :endpoint")
                .param("endpoint", endpoint.strip()).update() == 1;
    }

    long count() {
        return jdbc.sql("select count(*) from push_subscription").query(Long.class).single();
    }

    private String endpoint(String raw) {
        String value = raw.strip();
        if (value.length() > 2048) {
            throw new BadRequestException("endpoint가 너무 깁니다.");
        }
        URI uri;
        try {
            uri = new URI(value);
        }
        catch (URISyntaxException ex) {
            throw new BadRequestException("endpoint가 올바른 주소가 아닙니다.");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            throw new BadRequestException("endpoint가 올바른 주소가 아닙니다.");
        }
        boolean loopback = uri.getHost().equals("127.0.0.1") || uri.getHost().equals("localhost")
                || uri.getHost().equals("[::1]");
        if ("https".equals(uri.getScheme()) && !loopback) {
            return value;
        }
        if (allowLoopback && loopback && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            return value; // only for tests with a push service inside the test (sinmun.push.allow-loopback)
        }
        throw new BadRequestException("endpoint는 https:// 주소인 푸시 서비스여야 합니다.");
    }

    private String topics(SubscriptionRequest.Topics topics) {
        if (topics == null) {
            return "all";
        }
        Set<String> chosen = new LinkedHashSet<>();
        if (Boolean.TRUE.equals(topics.all())) {
            chosen.add("all");
        }
        if (Boolean.TRUE.equals(topics.breaking())) {
            chosen.add("breaking");
        }
        List<String> slugs = topics.sections() == null ? List.of() : topics.sections();
        if (slugs.size() > 50) {
            throw new BadRequestException("섹션은 50개까지 고를 수 있습니다.");
        }
        for (String slug : slugs) {
            if (slug == null || sections.findBySlug(slug).isEmpty()) {
                throw new BadRequestException("없는 섹션입니다: " + slug);
            }
            chosen.add("section:" + slug);
        }
        if (chosen.isEmpty()) {
            throw new BadRequestException("받을 소식을 하나 이상 골라 주세요 (all, breaking, sections).");
        }
        return String.join(",", chosen);
    }

    private static byte[] decode(String field, String value) {
        if (value == null || value.length() > 200) {
            throw new BadRequestException(field + "가 필요합니다.");
        }
        try {
            return Base64.getUrlDecoder().decode(value.strip().replace('+', '-').replace('/', '_').replace("=", ""));
        }
        catch (IllegalArgumentException ex) {
            throw new BadRequestException(field + "가 base64url 값이 아닙니다.");
        }
    }
}
