package io.sinmun.push.internal;

import java.time.Instant;

import io.sinmun.article.Article;
import io.sinmun.article.ArticlePublished;
import io.sinmun.article.Articles;
import io.sinmun.media.MediaImage;
import io.sinmun.media.MediaImages;
import io.sinmun.site.PublicUrls;
import io.sinmun.site.SiteSettingsService;
import io.sinmun.system.SeoulTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns a publication the desk wants pushed into one message and one delivery row per matching
 * subscription. Runs from Spring Modulith's event publication registry: if the node stops before
 * this committed, the event is handed over again at the next start, and the unique event key
 * makes that second run a no-op when the first one did commit.
 */
@Component
class PushFanOut {

    private static final Logger log = LoggerFactory.getLogger(PushFanOut.class);

    private final JdbcClient jdbc;
    private final Articles articles;
    private final MediaImages images;
    private final PublicUrls urls;
    private final SiteSettingsService settings;
    private final PushProperties properties;
    private final PushSender sender;
    private final SeoulTime time;

    PushFanOut(JdbcClient jdbc, Articles articles, MediaImages images, PublicUrls urls,
            SiteSettingsService settings, PushProperties properties, PushSender sender, SeoulTime time) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.images = images;
        this.urls = urls;
        this.settings = settings;
        this.properties = properties;
        this.sender = sender;
        this.time = time;
    }

    @ApplicationModuleListener
    void on(ArticlePublished event) {
        if (!event.push() && !event.breaking()) {
            return;
        }
        String key = "published:" + event.articleId() + ":" + event.publishedAt().toEpochMilli();
        boolean known = jdbc.sql("select count(*) from push_message where event_key = :key").param("key", key)
                .query(Long.class).single() > 0;
        if (known) {
            return; // a replay of an event whose fan-out already committed
        }
        Article article = articles.findById(event.articleId()).orElse(null);
        String body = article != null && article.subheadline() != null && !article.subheadline().isBlank()
                ? article.subheadline() : settings.current().siteName();
        String image = article == null || article.leadImageId() == null ? null
                : images.findById(article.leadImageId()).map(this::imageUrl).orElse(null);
        String payload = PushPayload.json(event.number(), event.headline(), body, event.breaking(),
                urls.article(event.number()), urls.absolute("/icons/icon-192.png"), image,
                event.publishedAt().toEpochMilli());
        Instant now = time.now();
        jdbc.sql("""
                insert into push_message (event_key, article_id, article_number, headline, breaking, payload, topic,
                    urgency, ttl_seconds, targeted, created_at)
                values (:key, :article, :number, :headline, :breaking, :payload, :topic, :urgency, :ttl, 0, :now)
                """).param("key", key).param("article", event.articleId()).param("number", event.number())
                .param("headline", clip(event.headline(), 500)).param("breaking", event.breaking())
                .param("payload", payload).param("topic", "article-" + event.number())
                .param("urgency", event.breaking() ? "high" : "normal")
                .param("ttl", (int) properties.ttl().toSeconds()).param("now", SeoulTime.jdbc(now))
                .update();
        long messageId = messageId(key);
        int targeted = jdbc.sql("""
                insert into push_delivery (message_id, subscription_id, state, attempts, next_attempt_at, updated_at)
                select :message, s.id, 'PENDING', 0, :now, :now from push_subscription s
                where (',' || s.topics || ',') like '%,all,%'
                   or (',' || s.topics || ',') like :section
                   or (:breaking = true and (',' || s.topics || ',') like '%,breaking,%')
                """).param("message", messageId).param("now", SeoulTime.jdbc(now))
                .param("section", event.sectionSlug() == null ? "-" : "%,section:" + like(event.sectionSlug()) + ",%")
                .param("breaking", event.breaking()).update();
        jdbc.sql("update push_message set targeted = :targeted where id = :id").param("targeted", targeted)
                .param("id", messageId).update();
        log.info("Push for article {} ({}): {} subscriptions", event.number(), event.breaking() ? "속보" : "푸시",
                targeted);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.wake();
                }
            });
        }
        else {
            sender.wake();
        }
    }

    private long messageId(String key) {
        return jdbc.sql("select id from push_message where event_key = :key").param("key", key).query(Long.class)
                .single();
    }

    private String imageUrl(MediaImage image) {
        return urls.absolute(image.variant(640).map(v -> v.url()).orElse(image.url()));
    }

    private static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
