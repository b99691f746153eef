package io.sinmun.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.ArticleStamp;
import io.sinmun.article.ArticleSummary;
import io.sinmun.article.Articles;
import io.sinmun.article.PublishedBlock;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The article queries the feeds and sitemaps use, on every supported database: H2
 * ({@link FeedQueriesTests}) and PostgreSQL ({@link PostgresFeedQueriesTests}). Each test
 * imports its own articles in a block of numbers of its own, so the tests share one database.
 */
abstract class FeedQueriesContract {

    private static final AtomicLong NEXT_BLOCK = new AtomicLong(1000);
    private static final Instant BASE = Instant.parse("2023-05-01T00:00:00Z");

    @Autowired ArticleLifecycle lifecycle;
    @Autowired Articles articles;
    @Autowired Sections sections;

    @Test
    void publishedBlocksCountTheArticlesOfFixedNumberRanges() {
        long first = NEXT_BLOCK.getAndAdd(3) * 10; // numbers first+1 ... first+30 are ours
        Map<Long, Long> ids = importNumbers(null, first + 1, first + 12);
        lifecycle.withdraw(ids.get(first + 10)); // the newest of the first block

        List<PublishedBlock> ours = articles.publishedBlocks(10).stream()
                .filter(b -> b.index() >= first / 10 && b.index() < first / 10 + 3).toList();
        assertThat(ours).containsExactly(new PublishedBlock(first / 10, 9, at(first + 9)),
                new PublishedBlock(first / 10 + 1, 2, at(first + 12)));
        assertThat(articles.publishedBlock(first / 10, 10)).contains(ours.get(0));
        assertThat(articles.publishedBlock(first / 10 + 2, 10)).isEmpty();
        // the same rows in blocks of a different size
        assertThat(articles.publishedBlock(first / 5 + 1, 5)).contains(new PublishedBlock(first / 5 + 1, 4,
                at(first + 9)));
        assertThat(articles.highestPublishedNumber()).hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(first + 12));
    }

    @Test
    void forEachPublishedStreamsARangeInNumberOrder() {
        long first = NEXT_BLOCK.getAndAdd(3) * 10;
        Map<Long, Long> ids = importNumbers(null, first + 1, first + 8);
        lifecycle.withdraw(ids.get(first + 4));

        List<ArticleStamp> seen = new ArrayList<>();
        articles.forEachPublished(first + 2, first + 7, seen::add);

        assertThat(seen).containsExactly(new ArticleStamp(first + 2, at(first + 2)),
                new ArticleStamp(first + 3, at(first + 3)), new ArticleStamp(first + 5, at(first + 5)),
                new ArticleStamp(first + 6, at(first + 6)), new ArticleStamp(first + 7, at(first + 7)));
    }

    @Test
    void publishedSinceGivesTheNewestFirstUpToTheLimit() {
        long first = NEXT_BLOCK.getAndAdd(3) * 10;
        Instant recent = Instant.parse("2090-01-01T00:00:00Z"); // later than anything the other tests write
        Map<Long, Long> ids = new HashMap<>();
        for (long i = 1; i <= 4; i++) {
            ids.put(first + i, importAt(null, first + i, recent.plus(Duration.ofMinutes(i))));
        }
        importAt(null, first + 5, recent.minus(Duration.ofMinutes(1)));
        lifecycle.withdraw(ids.get(first + 3));

        assertThat(articles.publishedSince(recent, 10)).extracting(ArticleSummary::number)
                .containsExactly(first + 4, first + 2, first + 1);
        assertThat(articles.publishedSince(recent, 2)).extracting(ArticleSummary::number)
                .containsExactly(first + 4, first + 2);
    }

    @Test
    void latestPublishedCarriesBodiesAndTagsAndLastChangeSeesWithdrawals() {
        Section section = sections.create("feed-q-" + NEXT_BLOCK.get(), "피드 쿼리");
        long first = NEXT_BLOCK.getAndAdd(3) * 10;
        Map<Long, Long> ids = importNumbers(section, first + 1, first + 3);

        List<Article> latest = articles.latestPublished(section.id(), 2);
        assertThat(latest).extracting(Article::number).containsExactly(first + 3, first + 2);
        assertThat(latest.get(0).bodyHtml()).isEqualTo("<p>본문 " + (first + 3) + "</p>");
        assertThat(latest.get(0).tags()).containsExactly("태그" + (first + 3), "공통");
        assertThat(articles.lastChangeFrom(first + 2, section.id())).contains(at(first + 3));

        Article withdrawn = lifecycle.withdraw(ids.get(first + 3));
        assertThat(articles.latestPublished(section.id(), 2)).extracting(Article::number)
                .containsExactly(first + 2, first + 1);
        assertThat(articles.lastChangeFrom(first + 1, section.id())).contains(withdrawn.updatedAt());
        assertThat(articles.lastChangeFrom(first + 4, section.id())).isEmpty();
    }

    private Map<Long, Long> importNumbers(Section section, long from, long to) {
        Map<Long, Long> ids = new HashMap<>();
        for (long number = from; number <= to; number++) {
            ids.put(number, importAt(section, number, at(number)));
        }
        return ids;
    }

    private long importAt(Section section, long number, Instant publishedAt) {
        return lifecycle.importPublished(new ArticleDraft(section == null ? null : section.id(), "기사 " + number, null,
                "<p>본문 " + number + "</p>", null, null, null, null, List.of("태그" + number, "공통")), number,
                publishedAt, 0);
    }

    private static Instant at(long number) {
        return BASE.plus(Duration.ofMinutes(number));
    }
}
