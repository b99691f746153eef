package io.sinmun.feed.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.sinmun.article.ArticlePublished;
import io.sinmun.article.ArticleReads;
import io.sinmun.article.ArticleUpdated;
import io.sinmun.article.ArticleWithdrawn;
import io.sinmun.article.Articles;
import io.sinmun.article.PublishedBlock;
import io.sinmun.cluster.RemoteArticleChanged;
import io.sinmun.cluster.RemoteChangesMissed;
import io.sinmun.system.SeoulTime;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The sitemap index's pages: blocks of running numbers holding published articles, with their
 * newest change. Counting them reads every published row (seconds at a million), so they are
 * read once and then kept current one block at a time: an article event marks its block stale,
 * and the next index request re-reads only the stale blocks (one range of the number index).
 * Changes on another node arrive by the cluster bus; after the bus was lost all is re-read. A full
 * re-read every hour catches what raises no event (imports).
 */
@Component
class SitemapBlocks {

    private static final Duration FULL_RELOAD = Duration.ofHours(1);

    private final Articles articles;
    private final SeoulTime time;
    private final int size;
    private final Set<Long> stale = ConcurrentHashMap.newKeySet();
    private TreeMap<Long, PublishedBlock> blocks; // guarded by this
    private Instant loadedAt; // guarded by this

    SitemapBlocks(Articles articles, SeoulTime time, FeedProperties properties) {
        this.articles = articles;
        this.time = time;
        this.size = properties.sitemapPageSize();
    }

    /** Blocks with at least one published article, in number order. */
    synchronized List<PublishedBlock> current() {
        ArticleReads.dependOnAll(); // answered from memory: a cached index must still hear every change
        if (blocks == null || loadedAt.plus(FULL_RELOAD).isBefore(time.now())) {
            stale.clear(); // before the read: a change committed during it is marked again and re-read below
            loadedAt = time.now();
            blocks = new TreeMap<>();
            articles.publishedBlocks(size).forEach(block -> blocks.put(block.index(), block));
        }
        for (Long index : List.copyOf(stale)) {
            stale.remove(index);
            articles.publishedBlock(index, size).ifPresentOrElse(block -> blocks.put(index, block),
                    () -> blocks.remove(index));
        }
        return List.copyOf(blocks.values());
    }

    int pageSize() {
        return size;
    }

    // Plain after-commit listeners, not @ApplicationModuleListener: the mark is an in-memory flag
    // the very next request must see, not after an asynchronous hand-off; and a mark lost in a
    // crash costs nothing, as the cache starts empty after a restart.
    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished published) {
        markStale(published.number());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleUpdated updated) {
        markStale(updated.number());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleWithdrawn withdrawn) {
        markStale(withdrawn.number());
    }

    @EventListener
    void on(RemoteArticleChanged changed) {
        markStale(changed.number());
    }

    @EventListener
    synchronized void on(RemoteChangesMissed missed) {
        blocks = null;
    }

    private void markStale(long number) {
        stale.add((number - 1) / size);
    }
}
