package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.search.SearchDictionary;

import io.sinmun.search.SearchQuery;
import io.sinmun.search.SearchResults;
import io.sinmun.system.Progress;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The same relevance cases against a real OpenSearch 3 node (started once for the class), plus
 * what is particular to it: the alias moves to a new index on a rebuild, and search answers
 * while the rebuild runs. Skipped, with the reason printed, only where no JDK 21+ exists.
 */
@EnabledIf("jdkFound")
@SpringBootTest(properties = { "sinmun.test.context=search-opensearch", "sinmun.demo=false",
        "sinmun.search.engine=opensearch", "sinmun.search.opensearch.index=sinmun-test-articles" })
class OpenSearchRelevanceTests extends RelevanceCases {

    @Autowired SearchDictionary dictionary;
    private static final Optional<Path> JDK = OpenSearchNode.jdk();
    private static OpenSearchNode node;

    static boolean jdkFound() {
        return JDK.isPresent();
    }

    @DynamicPropertySource
    static synchronized void opensearch(DynamicPropertyRegistry registry) {
        if (node == null) {
            node = OpenSearchNode.start(JDK.orElseThrow());
        }
        registry.add("sinmun.search.opensearch.url", () -> node.url.toString());
    }

    @AfterAll
    static synchronized void stopNode() {
        if (node != null) {
            node.stop();
            node = null;
        }
    }

    @Test
    void opensearchAnswers() {
        assertThat(search).isInstanceOf(OpenSearchArticleSearch.class);
        assertThat(search.info().documents()).isEqualTo(11);
        assertThat(search.info().location()).contains("sinmun-test-articles-");
    }

    @Test
    void publishUpdateAndWithdrawAreFollowed() {
        long id = lifecycle.createDraft(new ArticleDraft(null, "감일지구 입주민 교통불편 최소화", null,
                "<p>감일지구 버스 노선을 늘린다.</p>", null, null, null, null, List.of()), "test");
        assertThat(hits("감일지구")).isEmpty();
        Article published = lifecycle.publish(id, false, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> hits("감일지구").contains(published.number()));
        lifecycle.update(id, new ArticleDraft(null, "감일지구 입주민 교통불편 최소화", null,
                "<p>위례신도시 광역버스를 새로 연다.</p>", null, null, null, null, List.of()), published.version(), "test");
        await().atMost(Duration.ofSeconds(10)).until(() -> hits("위례신도시").contains(published.number()));
        assertThat(hits("버스 노선")).isEmpty();
        lifecycle.withdraw(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> hits("감일지구").isEmpty());
        assertThat(search.info().documents()).isEqualTo(11);
    }

    @Test
    void theNewsroomsWordsReachTheIndexAfterARebuild() throws Exception {
        assertThat(analyze("감일푸르지오에서")).doesNotContain("감일푸르지오");
        dictionary.add("감일푸르지오", "test");
        try {
            ((RebuildableSearch) search).rebuild(Progress.silent("색인", 11));
            assertThat(analyze("감일푸르지오에서")).contains("감일푸르지오");
        }
        finally {
            dictionary.remove("감일푸르지오", "test");
            ((RebuildableSearch) search).rebuild(Progress.silent("색인", 11));
        }
        assertThat(analyze("감일푸르지오에서")).doesNotContain("감일푸르지오");
    }

    /** The tokens the index's own Korean analyzer (in OpenSearch) makes of {@code text}. */
    private List<String> analyze(String text) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                node.url.resolve("/sinmun-test-articles/_analyze")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"analyzer\":\"sinmun_korean\",\"text\":\"" + text + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> tokens = new ArrayList<>();
        JsonMapper.builder().build().readTree(r.body()).path("tokens").forEach(t -> tokens.add(t.path("token").asString()));
        return tokens;
    }

    private List<Long> hits(String query) {
        return search.search(SearchQuery.of(query)).hits().stream().map(SearchResults.Hit::number).toList();
    }

    @Test
    void aRebuildMovesTheAliasAndSearchAnswersThroughout() throws Exception {
        String before = search.info().location();
        Progress progress = search.reindex();
        int answered = 0;
        while (search.rebuilding().isPresent() || answered == 0) {
            SearchResults results = search.search(SearchQuery.of("비대면으로"));
            assertThat(results.message()).isNull();
            assertThat(results.hits()).isNotEmpty();
            assertThat(results.hits().get(0).number()).isEqualTo(corpus.no("reference"));
            answered++;
        }
        assertThat(progress.finished()).isTrue();
        assertThat(progress.done()).isEqualTo(11);
        assertThat(search.info().location()).isNotEqualTo(before);
        assertThat(search.info().documents()).isEqualTo(11);
    }
}
