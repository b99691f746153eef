package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import io.sinmun.search.SearchQuery;
import io.sinmun.search.SearchResults;
import io.sinmun.system.Progress;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same relevance cases against a real OpenSearch 3 node (started once for the class), plus
 * what is particular to it: the alias moves to a new index on a rebuild, and search answers
 * while the rebuild runs. Skipped, with the reason printed, only where no JDK 21+ exists.
 */
@EnabledIf("jdkFound")
@SpringBootTest(properties = { "sinmun.test.context=search-opensearch", "sinmun.demo=false",
        "sinmun.search.engine=opensearch", "sinmun.search.opensearch.index=sinmun-test-articles" })
class OpenSearchRelevanceTests extends RelevanceCases {

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
