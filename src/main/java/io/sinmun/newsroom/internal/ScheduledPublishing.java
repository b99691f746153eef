package io.sinmun.newsroom.internal;

import java.util.List;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.newsroom.AuditLog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes scheduled articles when their time comes. The schedule lives in the database, so an
 * article due while the server was down is published on the first run after start.
 */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final ArticleLifecycle lifecycle;
    private final AuditLog audit;
    private final LoginThrottle throttle;

    ScheduledPublishing(ArticleLifecycle lifecycle, AuditLog audit, LoginThrottle throttle) {
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.throttle = throttle;
    }

    @Scheduled(initialDelayString = "${sinmun.scheduling.initial-delay:1s}",
            fixedDelayString = "${sinmun.scheduling.interval:5s}")
    @Transactional
    public void publishDue() {
        List<Article> published = lifecycle.publishDue(100);
        for (Article article : published) {
            audit.record("예약 발행", "발행", "#" + article.id() + " (no. " + article.number() + ") " + article.headline(),
                    null);
            log.info("Published scheduled article #{} as no. {}", article.id(), article.number());
        }
    }

    @Scheduled(cron = "0 17 4 * * *", zone = "Asia/Seoul")
    public void purgeOldLoginAttempts() {
        throttle.purge();
    }
}
