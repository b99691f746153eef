package io.sinmun.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "sinmun.demo=false", "sinmun.test.context=board-queries" })
class BoardQueriesTests extends BoardQueriesContract {

    /** The search index's catch-up at every start: a scan of every row (bodies too) took seconds at a million. */
    @Test
    void articlesChangedSinceAreFoundAlongAnIndex() {
        String plan = jdbc.sql("explain select a.id, a.status from article a"
                + " where a.updated_at >= timestamp with time zone '2024-03-02 00:00:00+09'").query(String.class).single();
        assertThat(plan).containsIgnoringCase("ARTICLE_UPDATED_IX");
    }
}
