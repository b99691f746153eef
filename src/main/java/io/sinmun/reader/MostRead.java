package io.sinmun.reader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import io.sinmun.article.ArticlePublished;
import io.sinmun.article.ArticleSummary;
import io.sinmun.article.ArticleUpdated;
import io.sinmun.article.ArticleWithdrawn;
import io.sinmun.article.Articles;
import io.sinmun.cluster.RemoteArticleChanged;
import io.sinmun.cluster.RemoteChangesMissed;
import io.sinmun.system.SeoulTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * "많이 본 뉴스": articles with the most counted views over the last day or week, from the daily
 * totals the view counter keeps (Seoul days). "Day" sums today and yesterday, so it always covers
 * at least the last 24 hours; "week" sums the last seven days. Withdrawn articles drop out.
 *
 * <p>The block is on every reader page and its group-by was most of an uncached render's cost, so
 * the answer is kept and refreshed in the background (readers get the last one meanwhile): once
 * it is a second old, but never more often than fifty times what the query itself took, so that a
 * slow group-by (every one of 50,000 articles read today: 0.2 s on H2) costs at most a fiftieth of
 * one core whatever the traffic: at a tenth, it was a sixth of the samples under a stream of uncached
 * reads, and its groups, alive across young collections, most of what those collections copied.
 * An answer older than five seconds or a hundred times the query, whichever is longer, is loaded
 * again before it is served. An edit or a withdrawal drops the answers at once, here or on another node.
 */
@Service
public class MostRead implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(MostRead.class);

    /** How many entries the reader pages' blocks show. */
    public static final int READER_PAGE_LIMIT = 5;

    private static final long REFRESH_AFTER = Duration.ofSeconds(1).toNanos();
    private static final long EXPIRE_AFTER = Duration.ofSeconds(5).toNanos();

    public enum Period {
        DAY(2), WEEK(7);

        private final int days;

        Period(int days) {
            this.days = days;
        }

        public static Optional<Period> parse(String value) {
            if (value == null) {
                return Optional.of(DAY);
            }
            return switch (value) {
                case "day" -> Optional.of(DAY);
                case "week" -> Optional.of(WEEK);
                default -> Optional.empty();
            };
        }
    }

    public record Entry(ArticleSummary article, long views) {
    }

    private final JdbcClient jdbc;
    private final Articles articles;
    private final SeoulTime time;
    private final Cache<Key, Answer> answers = Caffeine.newBuilder().maximumSize(256).build();
    /** Bumped by every drop, so a load that began before it is not kept. */
    private final AtomicLong generation = new AtomicLong();
    // one refresh at a time: they are the costly group-bys this class exists to ration
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sinmun-most-read");
        thread.setDaemon(true);
        return thread;
    });

    /** The day is in the key: at midnight the window moves without waiting for a refresh. */
    private record Key(Period period, int limit, LocalDate today) {
    }

    /** An answer, when it was loaded (nanoTime) and what loading it cost (ns). */
    private record Answer(List<Entry> entries, long loadedAt, long cost, AtomicBoolean refreshing) {

        boolean isExpired(long now) {
            return now - loadedAt > Math.max(EXPIRE_AFTER, 100 * cost);
        }

        boolean isDue(long now) {
            return now - loadedAt > Math.max(REFRESH_AFTER, 50 * cost);
        }
    }

    private final boolean commandMode;
    /** True while the start-up load of the reader pages' blocks runs. */
    private volatile boolean warming;

    MostRead(JdbcClient jdbc, Articles articles, SeoulTime time, @Value("${sinmun.command:}") String command) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.time = time;
        this.commandMode = !command.isEmpty();
    }

    /**
     * Loads the reader pages' two blocks while the rest of the application starts (the web
     * server is not up yet): after a restart the first page waited for them, seconds on a cold
     * JVM when tens of thousands of articles were read that day. A reader page rendered before
     * they are in shows the block empty (pages with live parts are kept seconds, not minutes).
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (commandMode) {
            return;
        }
        warming = true;
        try {
            refresher.execute(() -> {
                try {
                    for (Period period : Period.values()) {
                        loadNow(new Key(period, READER_PAGE_LIMIT, time.today()));
                    }
                }
                catch (RuntimeException ex) {
                    log.warn("Most-read blocks not loaded at start ({}); the first page loads them", ex.toString());
                }
                finally {
                    warming = false;
                }
            });
        }
        catch (RejectedExecutionException shuttingDown) {
            warming = false;
        }
    }

    public List<Entry> top(Period period, int limit) {
        Key key = new Key(period, limit, time.today());
        long now = System.nanoTime();
        Answer answer = answers.getIfPresent(key);
        if (answer == null && warming && key.limit() == READER_PAGE_LIMIT) {
            return List.of(); // the start-up load is still running: the block fills in with the next render
        }
        if (answer == null || answer.isExpired(now)) {
            return loadNow(key).entries();
        }
        if (answer.isDue(now) && answer.refreshing().compareAndSet(false, true)) {
            try {
                refresher.execute(() -> {
                    try {
                        loadAndKeep(key);
                    }
                    finally {
                        answer.refreshing().set(false);
                    }
                });
            }
            catch (RejectedExecutionException shuttingDown) {
                answer.refreshing().set(false);
            }
        }
        return answer.entries();
    }

    /** Readers that find no answer wait for one load, not one each (the first page after a restart or an edit). */
    private synchronized Answer loadNow(Key key) {
        Answer answer = answers.getIfPresent(key);
        return answer != null && !answer.isExpired(System.nanoTime()) ? answer : loadAndKeep(key);
    }

    private Answer loadAndKeep(Key key) {
        long begun = generation.get();
        long started = System.nanoTime();
        List<Entry> entries = load(key);
        long now = System.nanoTime();
        Answer answer = new Answer(entries, now, now - started, new AtomicBoolean());
        if (generation.get() == begun) {
            answers.put(key, answer);
            if (generation.get() != begun) { // dropped while it was put
                answers.invalidate(key);
            }
        }
        return answer;
    }

    /** Whether an answer for the block is kept (for tests). */
    boolean hasAnswer(Period period, int limit) {
        return answers.getIfPresent(new Key(period, limit, time.today())) != null;
    }

    private void drop() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    private List<Entry> load(Key key) {
        Period period = key.period();
        int limit = key.limit();
        LocalDate from = key.today().minusDays(period.days - 1L);
        // over-fetch a little: a withdrawn article is skipped without a second query. A day's views of
        // one article fit an integer, and H2 sums integers as BIGINT (BIGINT as NUMERIC: a BigDecimal a row)
        List<long[]> rows = jdbc.sql("""
                select article_id, sum(cast(views as integer)) as total from reader_view_daily where view_day >= :from
                 group by article_id order by total desc, article_id desc limit :limit
                """).param("from", from).param("limit", limit + 10)
                .query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
        // one query for all of them: this block is on every reader page
        Map<Long, ArticleSummary> published = new HashMap<>();
        articles.publishedSummaries(rows.stream().map(row -> row[0]).toList())
                .forEach(summary -> published.put(summary.id(), summary));
        return rows.stream().filter(row -> published.containsKey(row[0]))
                .map(row -> new Entry(published.get(row[0]), row[1])).limit(limit).toList();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished published) {
        drop();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleUpdated updated) {
        drop();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleWithdrawn withdrawn) {
        drop();
    }

    @EventListener
    void on(RemoteArticleChanged changed) {
        drop();
    }

    @EventListener
    void on(RemoteChangesMissed missed) {
        drop();
    }
}
