package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.search.ArticleSearch;
import io.sinmun.search.SearchQuery;
import io.sinmun.search.SearchResults;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Publishing, editing and withdrawing reach the index through the article events, without a rebuild. */
@SpringBootTest(properties = { "sinmun.test.context=search-events", "sinmun.demo=false" })
class SearchIndexFollowsEventsTests {

    @Autowired ArticleLifecycle lifecycle;
    @Autowired ArticleSearch search;

    @Test
    void publishUpdateAndWithdrawAreFollowed() {
        long id = lifecycle.createDraft(draft("감일지구 입주민 교통불편 최소화", "<p>감일지구 버스 노선을 늘린다.</p>"), "test");
        assertThat(hits("감일지구")).isEmpty(); // a draft is not searchable

        Article published = lifecycle.publish(id, false, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> hits("감일지구").contains(published.number()));

        lifecycle.update(id, draft("감일지구 입주민 교통불편 최소화", "<p>위례신도시 광역버스를 새로 연다.</p>"),
                published.version(), "test");
        await().atMost(Duration.ofSeconds(10)).until(() -> hits("위례신도시").contains(published.number()));
        assertThat(hits("버스 노선")).isEmpty();

        lifecycle.withdraw(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> hits("감일지구").isEmpty());
        assertThat(search.info().documents()).isZero();
    }

    private List<Long> hits(String query) {
        return search.search(SearchQuery.of(query)).hits().stream().map(SearchResults.Hit::number).toList();
    }

    private static ArticleDraft draft(String headline, String body) {
        return new ArticleDraft(null, headline, null, body, null, null, null, null, List.of());
    }
}
