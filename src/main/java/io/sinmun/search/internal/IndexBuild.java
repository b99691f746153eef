package io.sinmun.search.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.io.IOException;
import java.io.UncheckedIOException;

import io.sinmun.article.Article;
import io.sinmun.article.Articles;
import io.sinmun.system.Progress;

/**
 * Fills a new index from the database: one thread reads pages of 1,000 articles by id
 * while the others analyze them (Nori is the costly part; IndexWriter takes documents from
 * several threads at once).
 */
final class IndexBuild {

    private static final int PAGE = 1000;

    private final SearchIndex target;
    private final Articles articles;
    private final Map<Long, String> slugs;

    private final int analyzedBodyChars;

    IndexBuild(SearchIndex target, Articles articles, Map<Long, String> slugs, int analyzedBodyChars) {
        this.analyzedBodyChars = analyzedBodyChars;
        this.target = target;
        this.articles = articles;
        this.slugs = slugs;
    }

    void run(Progress progress) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-index-build");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<?>> running = new ArrayBlockingQueue<>(threads * 2);
        try {
            // pages by id (a primary-key lookup each): paging by "number > ? order by number limit"
            // made H2 sort every remaining row per page (17 articles/s at 100,000)
            List<Long> ids = new ArrayList<>(articles.idsChangedSince(Instant.EPOCH));
            Collections.sort(ids);
            for (int from = 0; from < ids.size(); from += PAGE) {
                List<Article> page = articles.publishedByIds(ids.subList(from, Math.min(ids.size(), from + PAGE)));
                if (running.remainingCapacity() == 0) {
                    running.take().get();
                }
                running.add(workers.submit(() -> {
                    for (Article a : page) {
                        try {
                            target.writer().addDocument(SearchFields.of(a,
                                    a.sectionId() == null ? null : slugs.get(a.sectionId()), analyzedBodyChars));
                        }
                        catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    }
                    progress.advance(page.size());
                }));
            }
            while (!running.isEmpty()) {
                running.take().get();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index build interrupted", ex);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("index build failed: " + ex.getCause(), ex.getCause());
        }
        finally {
            workers.shutdownNow();
        }
    }
}
