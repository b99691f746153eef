package io.sinmun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.ArticlePublished;
import io.sinmun.article.ArticleSummary;
import io.sinmun.article.ArticleViews;
import io.sinmun.article.Articles;
import io.sinmun.article.Reporter;
import io.sinmun.article.Reporters;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.site.SiteSettings;
import io.sinmun.site.SiteSettingsService;
import io.sinmun.system.SeoulTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What the storage layer must do on every supported database: the same tests run on the
 * embedded H2 ({@link StorageTests}) and on PostgreSQL ({@link PostgresStorageTests}).
 */
@RecordApplicationEvents
abstract class StorageContract {

    @Autowired ArticleLifecycle lifecycle;
    @Autowired Articles articles;
    @Autowired ArticleViews articleViews;
    @Autowired Reporters reporters;
    @Autowired Sections sections;
    @Autowired SiteSettingsService siteSettings;
    @Autowired SeoulTime time;
    @Autowired ApplicationEvents events;

    @Test
    void publishingAssignsTheNextNumberAndAnnouncesIt() {
        Section section = newSection();
        long first = lifecycle.publish(draft(section, "첫 기사"), false, false).number();
        Article second = lifecycle.publish(draft(section, "둘째 기사"), true, false);

        assertThat(second.number()).isEqualTo(first + 1);
        assertThat(second.isPublished()).isTrue();
        assertThat(articles.findPublished(second.number())).map(Article::headline).contains("둘째 기사");
        assertThat(events.stream(ArticlePublished.class))
                .anySatisfy(e -> {
                    assertThat(e.articleId()).isEqualTo(second.id());
                    assertThat(e.number()).isEqualTo(second.number());
                    assertThat(e.sectionSlug()).isEqualTo(section.slug());
                    assertThat(e.push()).isTrue();
                });
    }

    @Test
    void concurrentPublishersNeverShareOrSkipANumber() throws Exception {
        Section section = newSection();
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            drafts.add(draft(section, "동시 발행 " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Long>> tasks = drafts.stream()
                    .<Callable<Long>>map(id -> () -> lifecycle.publish(id, false, false).number()).toList();
            List<Long> numbers = new ArrayList<>();
            for (Future<Long> f : pool.invokeAll(tasks)) {
                numbers.add(f.get());
            }
            long min = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(numbers).doesNotHaveDuplicates().hasSize(24);
            assertThat(numbers.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(min + 23);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void draftsAreInvisibleToReaders() {
        Section section = newSection();
        long id = draft(section, "아직 쓰는 중");
        assertThat(articles.findById(id)).map(Article::number).isEmpty();
        assertThat(articles.countPublished(section.id())).isZero();
        assertThat(articles.listPublished(section.id(), 1, 20)).isEmpty();
    }

    @Test
    void importedArticlesKeepTheirNumberAndNewOnesContinueAboveIt() {
        Section section = newSection();
        long high = 900_000 + ThreadLocalRandom.current().nextInt(10_000);
        Instant when = Instant.parse("2021-01-08T01:00:00Z");
        long id = lifecycle.importPublished(new ArticleDraft(section.id(), "옛 기사", null, "<p>본문</p>", null, null,
                reporter().id()), high, when, 8998);

        Article imported = articles.findPublished(high).orElseThrow();
        assertThat(imported.id()).isEqualTo(id);
        assertThat(imported.views()).isEqualTo(8998);
        assertThat(imported.publishedAt()).isEqualTo(when);
        assertThat(time.date(imported.publishedAt())).isEqualTo("2021년 1월 8일");
        assertThat(lifecycle.publish(draft(section, "새 기사"), false, false).number()).isGreaterThan(high);
    }

    @Test
    void theBoardListIsNewestFirstAndPagedWithNeighbours() {
        Section section = newSection();
        List<Long> numbers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            numbers.add(lifecycle.publish(draft(section, "기사 " + i), false, false).number());
        }
        List<ArticleSummary> page1 = articles.listPublished(section.id(), 1, 2);
        List<ArticleSummary> page3 = articles.listPublished(section.id(), 3, 2);

        assertThat(page1).extracting(ArticleSummary::headline).containsExactly("기사 5", "기사 4");
        assertThat(page3).extracting(ArticleSummary::headline).containsExactly("기사 1");
        assertThat(articles.countPublished(section.id())).isEqualTo(5);
        assertThat(articles.countPublishedSince(time.startOf(time.today()), section.id())).isEqualTo(5);
        assertThat(articles.countPublishedSince(time.startOf(time.today().plusDays(1)), section.id())).isZero();
        assertThat(articles.pageOf(numbers.get(0), section.id(), 2)).isEqualTo(3);
        assertThat(articles.pageOf(numbers.get(4), section.id(), 2)).isEqualTo(1);
        assertThat(articles.older(numbers.get(2), section.id())).map(ArticleSummary::headline).contains("기사 2");
        assertThat(articles.newer(numbers.get(2), section.id())).map(ArticleSummary::headline).contains("기사 4");
        assertThat(articles.newer(numbers.get(4), section.id())).isEmpty();
    }

    @Test
    void bodiesAreSanitizedWhenStored() {
        Section section = newSection();
        long id = lifecycle.createDraft(new ArticleDraft(section.id(), "제목", null,
                "<p onclick=\"steal()\">안녕<script>alert(1)</script></p><a href=\"javascript:alert(1)\">링크</a>"
                        + "<img src=\"/media/x.jpg\" onerror=\"alert(1)\">",
                null, null, reporter().id()));
        Article article = articles.findById(id).orElseThrow();

        assertThat(article.bodyHtml()).contains("안녕", "링크").doesNotContain("script", "onclick", "javascript:",
                "onerror");
        assertThat(article.hasImages()).isTrue();
    }

    @Test
    void viewIncrementsAddUp() {
        Section section = newSection();
        Article article = lifecycle.publish(draft(section, "조회수"), false, false);
        articleViews.add(Map.of(article.id(), 3L));
        articleViews.add(Map.of(article.id(), 4L));
        assertThat(articles.findById(article.id())).map(Article::views).contains(7L);
    }

    @Test
    void siteSettingsRoundTrip() {
        SiteSettings settings = new SiteSettings("테스트신문", "실시간", null, "테스트신문(주)", "123-45-67890",
                "경기도 하남시", "경기,아00001", LocalDate.of(2019, 1, 25), "홍길동", "김편집",
                LocalDate.of(2019, 1, 31), "이보호", "desk@example.kr", "031-000-0000", "Copyright ⓒ 테스트",
                "무단 전재 금지");
        siteSettings.save(settings);
        assertThat(siteSettings.current()).isEqualTo(settings);
    }

    @Test
    void sectionSlugsAreUniqueAndUrlSafe() {
        Section section = newSection();
        assertThat(sections.findBySlug(section.slug())).contains(section);
        assertThat(sections.findBySlug("../etc")).isEmpty();
        assertThatThrownBy(() -> sections.create("Bad Slug", "나쁜")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sections.create(section.slug(), "중복")).isInstanceOf(RuntimeException.class);
    }

    private Section newSection() {
        return sections.create("s" + ThreadLocalRandom.current().nextInt(1_000_000_000), "테스트 섹션");
    }

    private Reporter reporter() {
        return reporters.create("테스트 기자", "reporter@example.kr");
    }

    private long draft(Section section, String headline) {
        return lifecycle.createDraft(new ArticleDraft(section.id(), headline, null, "<p>" + headline + "</p>", null,
                null, reporter().id()));
    }
}
