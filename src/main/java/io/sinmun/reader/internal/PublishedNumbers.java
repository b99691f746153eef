package io.sinmun.reader.internal;

import java.time.Duration;
import java.util.Optional;

import io.sinmun.article.ArticlePublished;
import io.sinmun.article.ArticleWithdrawn;
import io.sinmun.article.Articles;
import io.sinmun.cluster.RemoteArticleChanged;
import io.sinmun.cluster.RemoteChangesMissed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Which running number is a published article, and its id: asked on every article request, so
 * remembered per number and forgotten when an article is published or withdrawn here or, through
 * the cluster bus, on another node; the minute's expiry bounds what a lost message could leave.
 */
@Component
class PublishedNumbers {

    private final Articles articles;
    private final Cache<Long, Optional<Long>> ids = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    PublishedNumbers(Articles articles) {
        this.articles = articles;
    }

    Optional<Long> idOf(long number) {
        return ids.get(number, articles::publishedId);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished published) {
        ids.invalidate(published.number());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleWithdrawn withdrawn) {
        ids.invalidate(withdrawn.number());
    }

    @EventListener
    void on(RemoteArticleChanged changed) {
        ids.invalidate(changed.number());
    }

    @EventListener
    void on(RemoteChangesMissed missed) {
        ids.invalidateAll();
    }
}
