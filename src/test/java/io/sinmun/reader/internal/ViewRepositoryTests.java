package io.sinmun.reader.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reader-view rows behind exact counting: one per reader, article and day; old days purged along the key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "sinmun.demo=false", "sinmun.test.context=board-queries" })
class ViewRepositoryTests {

    @Autowired ViewRepository views;
    @Autowired JdbcClient jdbc;

    @Test
    void aReaderIsCountedOncePerArticleAndDayAndOldDaysArePurged() {
        LocalDate today = LocalDate.of(2031, 5, 10);
        long article = 987_654_321L;
        List<PendingView> first = List.of(new PendingView(article, today.minusDays(3), "reader-aaaaaaaaaaaaaaaa"),
                new PendingView(article, today.minusDays(1), "reader-aaaaaaaaaaaaaaaa"),
                new PendingView(article, today, "reader-aaaaaaaaaaaaaaaa"),
                new PendingView(article, today, "reader-bbbbbbbbbbbbbbbb"));
        assertThat(views.recordNew(first)).hasSize(4);
        assertThat(views.recordNew(List.of(new PendingView(article, today, "reader-aaaaaaaaaaaaaaaa"),
                new PendingView(article + 1, today, "reader-aaaaaaaaaaaaaaaa"))))
                .containsExactly(new PendingView(article + 1, today, "reader-aaaaaaaaaaaaaaaa"));

        assertThat(views.purgeBefore(today.minusDays(1))).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select view_day from reader_view where article_id = :a order by view_day")
                .param("a", article).query(LocalDate.class).list())
                .containsExactly(today.minusDays(1), today, today);
    }

    @Test
    void thePurgeReadsAlongThePrimaryKey() {
        String plan = jdbc.sql("explain delete from reader_view where view_day < date '2031-05-09'").query(String.class).single();
        assertThat(plan).doesNotContainIgnoringCase("tableScan");
    }
}
