package io.sinmun.search.internal;

import io.sinmun.article.Articles;
import io.sinmun.cluster.RemoteArticleChanged;
import io.sinmun.cluster.RemoteChangesMissed;
import io.sinmun.search.ArticleSearch;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's embedded index in step with changes made on other nodes (the cluster bus);
 * {@link SearchIndexer} covers this node's own. Indexing reads the article's current state, so a
 * withdrawn one is removed.
 */
@Component
class RemoteIndexFollower {

    private final ArticleSearch search;
    private final Articles articles;

    RemoteIndexFollower(ArticleSearch search, Articles articles) {
        this.search = search;
        this.articles = articles;
    }

    @EventListener
    void on(RemoteArticleChanged changed) {
        search.index(changed.articleId());
    }

    @EventListener
    void on(RemoteChangesMissed missed) {
        articles.idsChangedSince(missed.since()).forEach(search::index);
    }
}
