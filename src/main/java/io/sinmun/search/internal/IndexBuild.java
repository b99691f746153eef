package io.sinmun.search.internal;

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
 * Fills a new index from the database: one thread reads pages of 1,000 articles in number order
 * while the others analyze them (Nori is the costly part; IndexWriter takes documents from
 * several threads at once).
 */
final class IndexBuild {

    private static final int PAGE = 1000;

    private final SearchIndex target;
    private final Articles articles;
    private final Map<Long, String> slugs;

    IndexBuild(SearchIndex target, Articles articles, Map<Long, String> slugs) {
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
            long after = 0;
            while (true) {
                List<Article> page = articles.publishedAfterNumber(after, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                after = page.get(page.size() - 1).number();
                if (running.remainingCapacity() == 0) {
                    running.take().get();
                }
                running.add(workers.submit(() -> {
                    for (Article a : page) {
                        try {
                            target.writer().addDocument(SearchFields.of(a,
                                    a.sectionId() == null ? null : slugs.get(a.sectionId())));
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
