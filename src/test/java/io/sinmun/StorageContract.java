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
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
                null, reporter().id(), List.of()), high, when, 8998);

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
                null, null, null, reporter().id(), List.of()), "테스트");
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

    @Test
    void everySaveKeepsARevisionAndRestoringMakesANewOne() {
        Section section = newSection();
        long id = draft(section, "첫 판");
        Article first = articles.findById(id).orElseThrow();
        Article second = lifecycle.update(id, edit(first, "둘째 판"), first.version(), "김기자").article();
        lifecycle.update(id, edit(second, "셋째 판"), second.version(), "박데스크");

        assertThat(articles.revisions(id)).extracting(r -> r.revisionNo() + ":" + r.headline() + ":" + r.author())
                .containsExactly("3:셋째 판:박데스크", "2:둘째 판:김기자", "1:첫 판:테스트");
        Article current = articles.findById(id).orElseThrow();
        Article restored = lifecycle.restore(id, 1, current.version(), "박데스크").article();
        assertThat(restored.headline()).isEqualTo("첫 판");
        assertThat(articles.revisions(id)).hasSize(4);
        assertThat(restored.tags()).containsExactly("테스트");
    }

    @Test
    void autosavesByOneWriterShareOneRevision() {
        Section section = newSection();
        long id = draft(section, "자동 저장");
        Article a = articles.findById(id).orElseThrow();
        a = lifecycle.autosave(id, edit(a, "자동 저장 1"), a.version(), "김기자").article();
        a = lifecycle.autosave(id, edit(a, "자동 저장 2"), a.version(), "김기자").article();
        assertThat(articles.revisions(id)).extracting(r -> r.headline() + (r.autosave() ? "*" : ""))
                .containsExactly("자동 저장 2*", "자동 저장");
    }

    @Test
    void aSaveOverAStaleVersionIsAConflictAndChangesNothing() {
        Section section = newSection();
        long id = draft(section, "원래 제목");
        Article loaded = articles.findById(id).orElseThrow();
        lifecycle.update(id, edit(loaded, "먼저 저장"), loaded.version(), "김기자");

        assertThatThrownBy(() -> lifecycle.update(id, edit(loaded, "늦은 저장"), loaded.version(), "박기자"))
                .isInstanceOfSatisfying(io.sinmun.article.ArticleRejectedException.class,
                        e -> assertThat(e.isConflict()).isTrue());
        assertThat(articles.findById(id)).map(Article::headline).contains("먼저 저장");
        assertThat(articles.revisions(id)).hasSize(2);
    }

    @Test
    void theWorkflowAllowsOnlyItsTransitions() {
        Section section = newSection();
        long id = draft(section, "흐름");
        assertThat(lifecycle.submit(id).status()).isEqualTo(io.sinmun.article.ArticleStatus.SUBMITTED);
        assertThatThrownBy(() -> lifecycle.submit(id)).isInstanceOf(io.sinmun.article.ArticleRejectedException.class);
        assertThat(lifecycle.returnToDraft(id).status()).isEqualTo(io.sinmun.article.ArticleStatus.DRAFT);
        Article published = lifecycle.publish(id, false, false);
        assertThatThrownBy(() -> lifecycle.publish(id, false, false))
                .isInstanceOf(io.sinmun.article.ArticleRejectedException.class);
        Article withdrawn = lifecycle.withdraw(id);
        assertThat(articles.findPublished(published.number())).isEmpty();
        assertThat(events.stream(io.sinmun.article.ArticleWithdrawn.class)).anyMatch(e -> e.articleId() == id);
        Article again = lifecycle.publish(id, false, false);
        assertThat(again.number()).isEqualTo(published.number());
        assertThat(again.publishedAt()).isEqualTo(published.publishedAt());
        assertThat(withdrawn.status()).isEqualTo(io.sinmun.article.ArticleStatus.WITHDRAWN);
    }

    @Test
    void aScheduledArticleIsPublishedOnceWhenItsTimeComesEvenWithTwoJobsRacing() throws Exception {
        Section section = newSection();
        long id = draft(section, "예약 기사");
        lifecycle.schedule(id, time.now().plusSeconds(3600), true, false);
        assertThat(lifecycle.publishDue(100)).extracting(Article::id).doesNotContain(id);
        assertThatThrownBy(() -> lifecycle.schedule(id, time.now().minusSeconds(5), false, false))
                .isInstanceOf(io.sinmun.article.ArticleRejectedException.class);

        jdbc.sql("update article set scheduled_at = :past where id = :id")
                .param("past", SeoulTime.jdbc(time.now().minusSeconds(1))).param("id", id).update();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Article>>> runs = pool.invokeAll(List.of(() -> lifecycle.publishDue(100),
                    () -> lifecycle.publishDue(100)));
            long times = 0;
            for (Future<List<Article>> run : runs) {
                times += run.get().stream().filter(a -> a.id() == id).count();
            }
            assertThat(times).isEqualTo(1);
        }
        finally {
            pool.shutdownNow();
        }
        Article published = articles.findById(id).orElseThrow();
        assertThat(published.isPublished()).isTrue();
        assertThat(events.stream(ArticlePublished.class).filter(e -> e.articleId() == id))
                .singleElement().satisfies(e -> assertThat(e.push()).isTrue());
    }

    @Test
    void correctionsArePrintedInOrderAndAnnounced() {
        Section section = newSection();
        Article article = lifecycle.publish(draft(section, "정정 대상"), false, false);
        lifecycle.correct(article.id(), "3번째 문단의 날짜를 7일로 바로잡습니다.", "박데스크");
        lifecycle.correct(article.id(), "사진 설명을 고쳤습니다.", "박데스크");
        assertThat(articles.corrections(article.id())).extracting(io.sinmun.article.ArticleCorrection::note)
                .containsExactly("3번째 문단의 날짜를 7일로 바로잡습니다.", "사진 설명을 고쳤습니다.");
        assertThat(events.stream(io.sinmun.article.ArticleUpdated.class)).anyMatch(e -> e.articleId() == article.id());
        long draftId = draft(section, "초안");
        assertThatThrownBy(() -> lifecycle.correct(draftId, "안 됨", "박데스크"))
                .isInstanceOf(io.sinmun.article.ArticleRejectedException.class);
    }

    @Test
    void theNewsroomListFiltersAndTreatsWildcardsAsText() {
        Section section = newSection();
        long plain = draft(section, "지역 소식 100% 달성");
        draft(section, "지역 소식 100점");
        var filter = new io.sinmun.article.ArticleFilter(null, section.id(), null, "100%");
        assertThat(articles.search(filter, 1, 20)).extracting(ArticleSummary::id).containsExactly(plain);
        assertThat(articles.count(filter)).isEqualTo(1);
        assertThat(articles.count(new io.sinmun.article.ArticleFilter(io.sinmun.article.ArticleStatus.DRAFT,
                section.id(), null, null))).isEqualTo(2);
        assertThat(articles.count(new io.sinmun.article.ArticleFilter(io.sinmun.article.ArticleStatus.PUBLISHED,
                section.id(), null, null))).isZero();
    }

    private ArticleDraft edit(Article a, String headline) {
        return new ArticleDraft(a.sectionId(), headline, a.subheadline(), a.bodyHtml(), a.leadImageId(),
                a.leadImageCaption(), a.leadImageCredit(), a.reporterId(), a.tags());
    }

    private Section newSection() {
        return sections.create("s" + ThreadLocalRandom.current().nextInt(1_000_000_000), "테스트 섹션");
    }

    private Reporter reporter() {
        return reporters.create("테스트 기자", "reporter@example.kr");
    }

    private long draft(Section section, String headline) {
        return lifecycle.createDraft(new ArticleDraft(section.id(), headline, null, "<p>" + headline + "</p>", null,
                null, null, reporter().id(), List.of("테스트")), "테스트");
    }
}
