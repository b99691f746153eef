package io.sinmun.reader.internal;

import java.time.Duration;
import java.util.Optional;

import io.sinmun.article.ArticlePublished;
import io.sinmun.article.ArticleWithdrawn;
import io.sinmun.article.Articles;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Which running number is a published article, and its id: asked on every article request, so
 * remembered per number and forgotten when an article is published or withdrawn here. A
 * withdrawal on another node is seen within the minute (the cluster bus relays events sooner).
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
}
