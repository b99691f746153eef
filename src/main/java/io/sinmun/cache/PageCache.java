package io.sinmun.cache;

import java.util.Collection;

import io.sinmun.cache.internal.PageStore;

import org.springframework.stereotype.Service;

/**
 * Drops cached responses. The publishing events already do this on the node that published
 * ({@code cache.internal.PageCacheInvalidation}); a cluster bus calls the same methods with the
 * same tags on every other node.
 */
@Service
public class PageCache {

    private final PageStore store;

    PageCache(PageStore store) {
        this.store = store;
    }

    /** Drops every stored response that read any of the tags ({@link io.sinmun.article.ArticleReads}). */
    public void invalidate(Collection<String> tags) {
        store.invalidate(tags);
    }

    /** Drops everything: what every page shows changed (sections, site settings). */
    public void invalidateAll() {
        store.invalidateAll();
    }

    /** How many responses are stored now. */
    public long size() {
        return store.size();
    }
}
