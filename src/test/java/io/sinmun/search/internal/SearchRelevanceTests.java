package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.sinmun.search.SearchQuery;
import io.sinmun.system.Progress;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The relevance cases on the embedded Lucene index. */
@SpringBootTest(properties = { "sinmun.test.context=search-relevance", "sinmun.demo=false" })
class SearchRelevanceTests extends RelevanceCases {

    @Test
    void theEmbeddedIndexAnswers() {
        assertThat(search).isInstanceOf(LuceneArticleSearch.class);
    }

    /** CI once saw a test's rebuild lose its folder to the start-up rebuild finishing beside it. */
    @Test
    void rebuildsAtTheSameTimeBothFinishAndLeaveOneIndex() throws Exception {
        RebuildableSearch rebuildable = (RebuildableSearch) search;
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> rebuildable.rebuild(Progress.silent("색인", 11)));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> rebuildable.rebuild(Progress.silent("색인", 11)));
        first.get();
        second.get();

        assertThat(numbers(search.search(SearchQuery.of("도초도")))).containsExactly(corpus.no("reference"));
        Path root = Path.of(search.info().location()).getParent();
        try (Stream<Path> folders = Files.list(root)) {
            assertThat(folders.filter(p -> p.getFileName().toString().startsWith("index-"))).hasSize(1);
        }
    }
}
