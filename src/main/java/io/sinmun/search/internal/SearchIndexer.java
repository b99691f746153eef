package io.sinmun.search.internal;

import io.sinmun.article.ArticlePublished;
import io.sinmun.article.ArticleUpdated;
import io.sinmun.article.ArticleWithdrawn;
import io.sinmun.search.ArticleSearch;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with publishing. Each listener runs after the article's transaction
 * committed and is recorded in the event registry, so a crash before it finished is replayed at
 * the next start; re-indexing reads the article's current state, so running twice is harmless.
 */
@Component
class SearchIndexer {

    private final ArticleSearch search;

    SearchIndexer(ArticleSearch search) {
        this.search = search;
    }

    @ApplicationModuleListener
    void on(ArticlePublished event) {
        search.index(event.articleId());
    }

    @ApplicationModuleListener
    void on(ArticleUpdated event) {
        search.index(event.articleId());
    }

    @ApplicationModuleListener
    void on(ArticleWithdrawn event) {
        search.index(event.articleId());
    }
}
