package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The relevance cases on the embedded Lucene index. */
@SpringBootTest(properties = { "sinmun.test.context=search-relevance", "sinmun.demo=false" })
class SearchRelevanceTests extends RelevanceCases {

    @Test
    void theEmbeddedIndexAnswers() {
        assertThat(search).isInstanceOf(LuceneArticleSearch.class);
    }
}
