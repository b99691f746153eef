package io.sinmun.reader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sinmun.article.ArticlePublished;
import io.sinmun.article.ArticleSummary;
import io.sinmun.article.ArticleUpdated;
import io.sinmun.article.ArticleWithdrawn;
import io.sinmun.article.Articles;
import io.sinmun.cluster.RemoteArticleChanged;
import io.sinmun.cluster.RemoteChangesMissed;
import io.sinmun.system.SeoulTime;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * "많이 본 뉴스": articles with the most counted views over the last day or week, from the daily
 * totals the view counter keeps (Seoul days). "Day" sums today and yesterday, so it always covers
 * at least the last 24 hours; "week" sums the last seven days. Withdrawn articles drop out.
 *
 * <p>The block is on every reader page and its group-by was most of an uncached render's cost, so
 * the answer is kept: refreshed in the background once it is a second old (readers get the last
 * one meanwhile), never served older than five seconds, the bound the page cache gives view
 * counts, and dropped at once when an article is edited or withdrawn, here or on another node.
 */
@Service
public class MostRead {

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
    private final LoadingCache<Key, List<Entry>> answers = Caffeine.newBuilder().maximumSize(256)
            .refreshAfterWrite(Duration.ofSeconds(1)).expireAfterWrite(Duration.ofSeconds(5))
            .build(this::load);

    /** The day is in the key: at midnight the window moves without waiting for a refresh. */
    private record Key(Period period, int limit, LocalDate today) {
    }

    MostRead(JdbcClient jdbc, Articles articles, SeoulTime time) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.time = time;
    }

    public List<Entry> top(Period period, int limit) {
        return answers.get(new Key(period, limit, time.today()));
    }

    private List<Entry> load(Key key) {
        Period period = key.period();
        int limit = key.limit();
        LocalDate from = key.today().minusDays(period.days - 1L);
        // over-fetch a little: a withdrawn article is skipped without a second query
        List<long[]> rows = jdbc.sql("""
                select article_id, sum(views) from reader_view_daily where view_day >= :from
                 group by article_id order by sum(views) desc, article_id desc limit :limit
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
        answers.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleUpdated updated) {
        answers.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleWithdrawn withdrawn) {
        answers.invalidateAll();
    }

    @EventListener
    void on(RemoteArticleChanged changed) {
        answers.invalidateAll();
    }

    @EventListener
    void on(RemoteChangesMissed missed) {
        answers.invalidateAll();
    }
}
