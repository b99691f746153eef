package io.sinmun.search;

import java.util.Optional;

import io.sinmun.system.Progress;

/**
 * Finds published articles by what a reader remembers. The embedded implementation keeps a
 * Lucene index on this node; an OpenSearch adapter implements the same contract (docs/search.md).
 * Every method is safe to call from several threads; none throws for a malformed query.
 */
public interface ArticleSearch {

    /** Runs the query; a query that cannot be run as typed gives an empty result with a message. */
    SearchResults search(SearchQuery query);

    /** Brings one article's entry up to date: added or replaced when published, removed otherwise. */
    void index(long articleId);

    /** Removes an article's entry (also done by {@link #index} for an article no longer published). */
    void remove(long articleId);

    /**
     * Starts rebuilding the whole index from the database in the background (the current one
     * keeps serving until the new one is complete), unless a rebuild is already running; returns
     * the running rebuild's progress.
     */
    Progress reindex();

    /** The rebuild in progress, if any. */
    Optional<Progress> rebuilding();

    /** Entries, size on disk and where the index lives. */
    IndexInfo info();

    record IndexInfo(long documents, long bytes, String location) {
    }
}
