package io.sinmun.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.system.SeoulTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The board's keyset paging and maintained counts give exactly what the old OFFSET and COUNT(*)
 * queries gave, on H2 ({@link BoardQueriesTests}) and PostgreSQL ({@link PostgresBoardQueriesTests}):
 * a few thousand articles loaded in bulk, then withdrawals (gaps), section moves, republishing and
 * new publications through {@link ArticleLifecycle}, every page of every list compared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BoardQueriesContract {

    // five blocks of 1,000 numbers and part of a sixth; withdrawals only below 3,020, so the last
    // full block and the partial one above it have every number published (the arithmetic path)
    private static final int ROWS = 5_100;
    private static final int GAPS_BELOW = 3_000;
    private static final int PAGE = 20;
    private static final Instant BASE = Instant.parse("2024-03-01T00:00:00Z");

    @Autowired ArticleLifecycle lifecycle;
    @Autowired Articles articles;
    @Autowired Sections sections;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate batch;
    @Autowired BulkPublishing bulk;
    @Autowired ArticleViews views;
    @Autowired io.sinmun.article.internal.PublishedCounts counts;

    private final List<Section> ours = new ArrayList<>();
    private final Random random = new Random(8);

    @BeforeAll
    void load() {
        for (String slug : List.of("board-a", "board-b", "board-c")) {
            ours.add(sections.create(slug, "보드 " + slug));
        }
        // the bulk load a generator does: rows written directly, then the counts rebuilt once
        List<Object[]> rows = new ArrayList<>();
        for (int number = 1; number <= ROWS; number++) {
            Instant at = BASE.plus(Duration.ofMinutes(7L * number));
            rows.add(new Object[] { number, ours.get(random.nextInt(3)).id(), "기사 " + number,
                    SeoulTime.jdbc(at), SeoulTime.jdbc(at), SeoulTime.jdbc(at) });
        }
        batch.batchUpdate("""
                insert into article (number, section_id, headline, body_html, status, created_at, published_at, updated_at)
                values (?, ?, ?, '<p>본문</p>', 'PUBLISHED', ?, ?, ?)
                """, rows);
        jdbc.sql("update article_number set last_number = :n where id = 1").param("n", ROWS).update();
        articles.recountPublished();

        // then the newsroom at work, each change counted as it happens
        for (int i = 0; i < 150; i++) { // gaps, some whole runs of them at the top and bottom of a block
            long number = i < 30 ? 2990 + i : 1 + random.nextInt(GAPS_BELOW);
            idOf(number).filter(id -> isPublished(number)).ifPresent(lifecycle::withdraw);
        }
        for (int i = 0; i < 40; i++) { // section moves
            long number = 1 + random.nextInt(ROWS);
            if (isPublished(number)) {
                Article article = articles.findPublished(number).orElseThrow();
                Section to = ours.get((ours.indexOf(sectionOf(article)) + 1) % 3);
                lifecycle.update(article.id(), new ArticleDraft(to.id(), article.headline(), null, "<p>본문</p>", null,
                        null, null, null, List.of()), article.version(), "테스트");
            }
        }
        for (int i = 0; i < 25; i++) { // withdrawn articles back on their old numbers
            long number = 1 + random.nextInt(ROWS);
            if (!isPublished(number)) {
                idOf(number).ifPresent(id -> lifecycle.publish(id, false, false));
            }
        }
        for (int i = 0; i < 30; i++) { // new articles on new numbers, published today
            long id = lifecycle.createDraft(new ArticleDraft(ours.get(i % 3).id(), "새 기사 " + i, null, "<p>본문</p>",
                    null, null, null, null, List.of()), "테스트");
            lifecycle.publish(id, false, false);
        }
    }

    @Test
    void everyPageOfEveryListEqualsTheOffsetQuery() {
        for (Long scope : scopes()) {
            long total = oldCount(scope, "");
            assertThat(articles.countPublished(scope)).as("total of %s", scope).isEqualTo(total);
            int pages = (int) ((total + PAGE - 1) / PAGE);
            for (int page = 1; page <= pages + 1; page++) {
                assertThat(articles.listPublished(scope, page, PAGE)).extracting(ArticleSummary::number)
                        .as("page %d of %s", page, scope).containsExactlyElementsOf(oldPage(scope, page, PAGE));
            }
            // page sizes that do not divide a block, and a page straddling the middle of the list
            assertThat(articles.listPublished(scope, 7, 333)).extracting(ArticleSummary::number)
                    .containsExactlyElementsOf(oldPage(scope, 7, 333));
            assertThat(articles.listPublished(scope, (int) (total / 2 / 7) + 1, 7)).extracting(ArticleSummary::number)
                    .containsExactlyElementsOf(oldPage(scope, (int) (total / 2 / 7) + 1, 7));
        }
    }

    @Test
    void todaysCounterEqualsCountingTheRows() {
        LocalDate today = new SeoulTime(java.time.Clock.systemUTC()).today();
        for (Long scope : scopes()) {
            long expected = jdbc.sql("select count(*) from article where status = 'PUBLISHED' and published_at >= :since"
                    + (scope == null ? "" : " and section_id = " + scope))
                    .param("since", SeoulTime.jdbc(today.atStartOfDay(SeoulTime.ZONE).toInstant())).query(Long.class).single();
            assertThat(expected).isPositive();
            assertThat(articles.countPublishedOn(today, scope)).isEqualTo(expected);
        }
        LocalDate loaded = BASE.plus(Duration.ofMinutes(7L * 500)).atZone(SeoulTime.ZONE).toLocalDate();
        long onThatDay = jdbc.sql("""
                select count(*) from article where status = 'PUBLISHED' and published_at >= :from and published_at < :to
                """).param("from", SeoulTime.jdbc(loaded.atStartOfDay(SeoulTime.ZONE).toInstant()))
                .param("to", SeoulTime.jdbc(loaded.plusDays(1).atStartOfDay(SeoulTime.ZONE).toInstant()))
                .query(Long.class).single();
        assertThat(articles.countPublishedOn(loaded, null)).isEqualTo(onThatDay).isPositive();
    }

    @Test
    void pageOfAnArticleEqualsCountingTheNewerRows() {
        for (Long scope : scopes()) {
            List<Long> numbers = jdbc.sql("select number from article where status = 'PUBLISHED'"
                    + (scope == null ? "" : " and section_id = " + scope) + " order by number").query(Long.class).list();
            for (int i = 0; i < numbers.size(); i += 37) {
                long number = numbers.get(i);
                long newer = oldCount(scope, " and number > " + number);
                assertThat(articles.pageOf(number, scope, PAGE)).as("page of %d in %s", number, scope)
                        .isEqualTo((int) (newer / PAGE) + 1);
            }
        }
    }

    @Test
    void countedViewsAddToTheCountAnArticleCameWithAndLeaveItsRowAlone() {
        long number = jdbc.sql("select min(number) from article where status = 'PUBLISHED'").query(Long.class).single();
        Article before = articles.findPublished(number).orElseThrow();
        jdbc.sql("update article set view_count = 100 where id = :id").param("id", before.id()).update(); // as imported
        long other = articles.findPublished(number + 1).map(Article::id).orElseThrow();

        views.add(java.util.Map.of(before.id(), 2L, other, 1L));
        views.add(java.util.Map.of(before.id(), 3L)); // a second flush adds to the first

        Article after = articles.findPublished(number).orElseThrow();
        assertThat(after.views()).isEqualTo(105);
        assertThat(articles.publishedSummaries(List.of(before.id()))).singleElement()
                .satisfies(summary -> assertThat(summary.views()).isEqualTo(105));
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
        assertThat(jdbc.sql("select view_count from article where id = :id").param("id", before.id())
                .query(Long.class).single()).isEqualTo(100);
    }

    @Test
    void theFixtureHasWholeBlocksPublishedAndBlocksWithGaps() {
        // both ways of placing a row in its block are exercised by the comparisons above
        List<Long> published = jdbc.sql("select published from article_count_block where section_key = 0 order by block")
                .query(Long.class).list();
        assertThat(published.get(4)).isEqualTo(1000L);
        assertThat(published.subList(0, 4)).allMatch(p -> p < 1000);
    }

    @Test
    void publishedAfterABlockEqualsSummingTheBlocksAbove() {
        // a scope of 250 blocks with made-up counts (some empty, so some rows missing): every block's
        // answer, from either side of the superblocks and of the blocks within one
        long scope = 987_654L;
        long[] perBlock = new long[250];
        try {
            for (int block = 0; block < perBlock.length; block++) {
                perBlock[block] = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(1000);
                if (perBlock[block] > 0) {
                    jdbc.sql("insert into article_count_block (section_key, block, published) values (:k, :b, :p)")
                            .param("k", scope).param("b", block).param("p", perBlock[block]).update();
                }
            }
            jdbc.sql("""
                    insert into article_count_superblock (section_key, superblock, published)
                    select section_key, block / 10, sum(published) from article_count_block where section_key = :k
                     group by section_key, block / 10
                    """).param("k", scope).update();
            jdbc.sql("insert into article_count (section_key, published) values (:k, :p)").param("k", scope)
                    .param("p", java.util.Arrays.stream(perBlock).sum()).update();
            for (int block = 0; block < perBlock.length; block++) {
                long above = java.util.Arrays.stream(perBlock, block + 1, perBlock.length).sum();
                assertThat(counts.publishedAfterBlock(block, scope)).as("after block %d", block).isEqualTo(above);
            }
        }
        finally {
            for (String table : List.of("article_count", "article_count_block", "article_count_superblock")) {
                jdbc.sql("delete from " + table + " where section_key = :k").param("k", scope).update();
            }
        }
    }

    @Test
    void maintainedCountsEqualARecount() {
        List<String> before = snapshot();
        articles.recountPublished();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void bulkPublishingKeepsTheCounts() {
        List<BulkArticle> load = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) { // across a block boundary and over several days
            Instant at = BASE.plus(Duration.ofDays(900)).plus(Duration.ofMinutes(17L * i));
            load.add(bulk.prepare(new ArticleDraft(i % 4 == 0 ? null : ours.get(i % 3).id(), "대량 기사 " + i, null,
                    "<p>본문</p>", null, null, null, null, List.of()), at, at, 0, "테스트"));
        }
        long totalBefore = articles.countPublished(null);
        bulk.publishAll(load);

        assertThat(articles.countPublished(null)).isEqualTo(totalBefore + 1_200);
        List<String> maintained = snapshot();
        articles.recountPublished();
        assertThat(snapshot()).isEqualTo(maintained);
        assertThat(articles.listPublished(null, 1, PAGE)).extracting(ArticleSummary::number)
                .containsExactlyElementsOf(oldPage(null, 1, PAGE));
    }

    private List<String> snapshot() {
        List<String> rows = new ArrayList<>(jdbc.sql("select section_key, published from article_count where published <> 0")
                .query((rs, n) -> "c " + rs.getLong(1) + " " + rs.getLong(2)).list());
        rows.addAll(jdbc.sql("select section_key, published_day, published from article_count_daily where published <> 0")
                .query((rs, n) -> "d " + rs.getLong(1) + " " + rs.getObject(2, LocalDate.class) + " " + rs.getLong(3)).list());
        rows.addAll(jdbc.sql("select section_key, block, published from article_count_block where published <> 0")
                .query((rs, n) -> "b " + rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3)).list());
        rows.addAll(jdbc.sql("select section_key, superblock, published from article_count_superblock where published <> 0")
                .query((rs, n) -> "s " + rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3)).list());
        rows.sort(null);
        return rows;
    }

    private List<Long> scopes() {
        List<Long> scopes = new ArrayList<>();
        scopes.add(null);
        ours.forEach(section -> scopes.add(section.id()));
        return scopes;
    }

    private List<Long> oldPage(Long scope, int page, int size) {
        return jdbc.sql("select number from article where status = 'PUBLISHED'"
                + (scope == null ? "" : " and section_id = " + scope)
                + " order by number desc limit :limit offset :offset").param("limit", size)
                .param("offset", (long) (page - 1) * size).query(Long.class).list();
    }

    private long oldCount(Long scope, String condition) {
        return jdbc.sql("select count(*) from article where status = 'PUBLISHED'"
                + (scope == null ? "" : " and section_id = " + scope) + condition).query(Long.class).single();
    }

    private java.util.Optional<Long> idOf(long number) {
        return jdbc.sql("select id from article where number = :n").param("n", number).query(Long.class).optional();
    }

    private boolean isPublished(long number) {
        return articles.findPublished(number).isPresent();
    }

    private Section sectionOf(Article article) {
        return ours.stream().filter(s -> s.id() == article.sectionId().longValue()).findFirst().orElseThrow();
    }
}
