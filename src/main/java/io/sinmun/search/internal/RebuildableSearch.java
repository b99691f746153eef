package io.sinmun.search.internal;

import io.sinmun.search.ArticleSearch;
import io.sinmun.system.Progress;

/** A search engine that the {@code reindex} command can rebuild in the foreground. */
interface RebuildableSearch extends ArticleSearch {

    /** Builds a complete new index from the database and makes it current; the old one serves meanwhile. */
    void rebuild(Progress progress);
}
