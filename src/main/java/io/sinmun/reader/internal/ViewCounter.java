package io.sinmun.reader.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.sinmun.article.ArticleViews;
import io.sinmun.reader.internal.ViewRepository.DailyKey;
import io.sinmun.system.SeoulTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts views in memory and writes them in batches. A request only touches memory; a single
 * background thread writes every {@code sinmun.views.flush-interval} and, on shutdown, after the
 * web server has stopped taking requests, writes whatever is left. The database decides what
 * counts (one row per reader, article and day), so nodes and restarts never count a reader twice.
 */
@Component
class ViewCounter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);
    private static final int BATCH = 5_000;

    private final ViewRepository repository;
    private final ArticleViews articleViews;
    private final TransactionTemplate transaction;
    private final ViewProperties properties;
    private final SeoulTime time;

    /** Views this node has already taken, so reloads cost nothing; the database stays the judge. */
    private final Cache<PendingView, Boolean> seen = Caffeine.newBuilder()
            .maximumSize(500_000).expireAfterWrite(Duration.ofHours(25)).build();
    private final ConcurrentLinkedQueue<PendingView> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final Map<Long, LongAdder> pendingByArticle = new ConcurrentHashMap<>();

    private ScheduledExecutorService scheduler;
    private volatile boolean running;
    private Instant lastPurge = Instant.EPOCH;

    ViewCounter(ViewRepository repository, ArticleViews articleViews, TransactionTemplate transaction,
            ViewProperties properties, SeoulTime time) {
        this.repository = repository;
        this.articleViews = articleViews;
        this.transaction = transaction;
        this.properties = properties;
        this.time = time;
    }

    /** Takes a view; false when this reader was already counted for the article today. */
    boolean record(long articleId, String readerKey) {
        PendingView view = new PendingView(articleId, time.today(), readerKey);
        if (seen.asMap().putIfAbsent(view, Boolean.TRUE) != null) {
            return false;
        }
        if (queued.incrementAndGet() > properties.maxPending()) {
            queued.decrementAndGet();
            seen.invalidate(view);
            log.warn("View counter is full ({} views waiting for the database); dropping a view", properties.maxPending());
            return false;
        }
        queue.add(view);
        pendingByArticle.computeIfAbsent(articleId, id -> new LongAdder()).increment();
        return true;
    }

    /** Views taken for the article and not yet written, to add to the stored total when showing it. */
    long pending(long articleId) {
        LongAdder adder = pendingByArticle.get(articleId);
        return adder == null ? 0 : adder.sum();
    }

    /** Writes everything taken so far; returns how many views were new to the database. */
    synchronized int flush() {
        int counted = 0;
        List<PendingView> batch;
        while (!(batch = drain()).isEmpty()) {
            List<PendingView> taken = batch;
            try {
                counted += transaction.execute(status -> write(taken));
            }
            catch (RuntimeException ex) {
                queue.addAll(taken); // nothing was committed: keep them for the next attempt
                queued.addAndGet(taken.size());
                throw ex;
            }
            for (PendingView view : taken) {
                LongAdder adder = pendingByArticle.get(view.articleId());
                if (adder != null) {
                    adder.decrement();
                }
            }
        }
        pendingByArticle.values().removeIf(adder -> adder.sum() <= 0);
        return counted;
    }

    private int write(List<PendingView> batch) {
        List<PendingView> counted = repository.recordNew(batch);
        Map<Long, Long> byArticle = new HashMap<>();
        Map<DailyKey, Long> byDay = new HashMap<>();
        for (PendingView view : counted) {
            byArticle.merge(view.articleId(), 1L, Long::sum);
            byDay.merge(new DailyKey(view.articleId(), view.day()), 1L, Long::sum);
        }
        if (!counted.isEmpty()) {
            articleViews.add(byArticle);
            repository.addDaily(byDay);
        }
        return counted.size();
    }

    private List<PendingView> drain() {
        List<PendingView> batch = new ArrayList<>();
        PendingView view;
        while (batch.size() < BATCH && (view = queue.poll()) != null) {
            batch.add(view);
        }
        queued.addAndGet(-batch.size());
        return batch;
    }

    private void tick() {
        try {
            flush();
            purgeOldViewsHourly();
        }
        catch (RuntimeException ex) {
            log.warn("Could not write views to the database ({} waiting); will retry: {}", queued.get(), ex.toString());
        }
    }

    private void purgeOldViewsHourly() {
        Instant now = time.now();
        if (Duration.between(lastPurge, now).toHours() >= 1) {
            lastPurge = now;
            LocalDate keepFrom = time.today().minusDays(1);
            int purged = repository.purgeBefore(keepFrom);
            if (purged > 0) {
                log.info("Purged {} reader-view rows older than {}", purged, keepFrom);
            }
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sinmun-view-flush");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.flushInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        try {
            int written = flush();
            log.info("Wrote the last {} counted views before shutting down", written);
        }
        catch (RuntimeException ex) {
            log.error("Could not write {} views at shutdown", queued.get(), ex);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (higher phases stop first), so no view arrives after the last write. */
    @Override
    public int getPhase() {
        return 0;
    }
}
