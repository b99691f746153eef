package io.sinmun.live.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.sinmun.article.ArticlePublished;
import io.sinmun.article.ArticleUpdated;
import io.sinmun.article.ArticleWithdrawn;
import io.sinmun.site.PublicUrls;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the live log from the article events, synchronously and so inside the publishing
 * transaction: the row commits or rolls back with the publish (nothing lost, nothing phantom).
 * After the commit it wakes the broadcaster; a registered synchronization rather than a
 * {@code @TransactionalEventListener}, which Spring Modulith would record in its publication
 * registry for nothing: a missed wake-up is covered by the broadcaster's poll.
 */
@Component
class LiveEventRecorder {

    static final String PUBLISHED = "article.published";
    static final String UPDATED = "article.updated";
    static final String WITHDRAWN = "article.withdrawn";
    static final String BREAKING = "breaking";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LiveEventLog log;
    private final LiveBroadcaster broadcaster;
    private final PublicUrls urls;

    LiveEventRecorder(LiveEventLog log, LiveBroadcaster broadcaster, PublicUrls urls) {
        this.log = log;
        this.broadcaster = broadcaster;
        this.urls = urls;
    }

    @EventListener
    void on(ArticlePublished event) {
        Map<String, Object> payload = payload(event.number(), event.headline(), event.sectionSlug());
        payload.put("publishedAt", event.publishedAt().toString());
        append(PUBLISHED, event.articleId(), event.number(), event.sectionSlug(), event.headline(), payload,
                event.publishedAt());
        if (event.breaking()) {
            append(BREAKING, event.articleId(), event.number(), event.sectionSlug(), event.headline(), payload,
                    event.publishedAt());
        }
    }

    @EventListener
    void on(ArticleUpdated event) {
        Map<String, Object> payload = payload(event.number(), event.headline(), event.sectionSlug());
        payload.put("updatedAt", event.updatedAt().toString());
        append(UPDATED, event.articleId(), event.number(), event.sectionSlug(), event.headline(), payload,
                event.updatedAt());
    }

    @EventListener
    void on(ArticleWithdrawn event) {
        Map<String, Object> payload = payload(event.number(), null, event.sectionSlug());
        payload.put("withdrawnAt", event.withdrawnAt().toString());
        append(WITHDRAWN, event.articleId(), event.number(), event.sectionSlug(), null, payload,
                event.withdrawnAt());
    }

    private Map<String, Object> payload(long number, String headline, String section) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("number", number);
        if (headline != null) {
            payload.put("headline", headline);
        }
        payload.put("section", section);
        payload.put("path", "/articles/" + number);
        payload.put("url", urls.article(number));
        return payload;
    }

    private void append(String type, long articleId, long number, String section, String headline,
            Map<String, Object> payload, Instant at) {
        log.append(type, articleId, number, section, headline, JSON.writeValueAsString(payload), at);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    broadcaster.wake();
                }
            });
        }
        else {
            broadcaster.wake();
        }
    }
}
