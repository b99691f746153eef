package io.sinmun.reader;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.sinmun.article.ArticleSummary;
import io.sinmun.article.Articles;
import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "많이 본 뉴스": articles with the most counted views over the last day or week, from the daily
 * totals the view counter keeps (Seoul days). "Day" sums today and yesterday, so it always covers
 * at least the last 24 hours; "week" sums the last seven days. Withdrawn articles drop out.
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

    MostRead(JdbcClient jdbc, Articles articles, SeoulTime time) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.time = time;
    }

    public List<Entry> top(Period period, int limit) {
        LocalDate from = time.today().minusDays(period.days - 1L);
        // over-fetch a little: a withdrawn article is skipped without a second query
        List<long[]> rows = jdbc.sql("""
                select article_id, sum(views) from reader_view_daily where view_day >= :from
                 group by article_id order by sum(views) desc, article_id desc limit :limit
                """).param("from", from).param("limit", limit + 10)
                .query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
        // one query for all of them: this block is on every reader page
        java.util.Map<Long, ArticleSummary> published = new java.util.HashMap<>();
        articles.publishedSummaries(rows.stream().map(row -> row[0]).toList())
                .forEach(summary -> published.put(summary.id(), summary));
        return rows.stream().filter(row -> published.containsKey(row[0]))
                .map(row -> new Entry(published.get(row[0]), row[1])).limit(limit).toList();
    }
}
