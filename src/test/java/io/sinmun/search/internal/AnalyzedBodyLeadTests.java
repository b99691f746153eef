package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleStatus;
import io.sinmun.search.SearchQuery;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * {@code sinmun.search.analyzed-body-chars}: only the body's lead goes through Nori, yet a word
 * past it is still found (through the bigrams), below an article that has it in its lead.
 */
class AnalyzedBodyLeadTests {

    @Test
    void theLeadIsCutAtASpace() {
        assertThat(SearchFields.lead("하남시는 자매도시와 교류한다", 3)).isEqualTo("하남시는");
        assertThat(SearchFields.lead("하남시는 자매도시와", 0)).isEqualTo("하남시는 자매도시와");
        assertThat(SearchFields.lead("짧다", 10)).isEqualTo("짧다");
    }

    @Test
    void aWordPastTheLeadIsFoundBelowOneInTheLead() throws Exception {
        KoreanAnalysis analysis = new KoreanAnalysis(List.of("자매도시"));
        String filler = "시민들이 공원에서 산책을 즐겼다. ".repeat(20);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analysis.indexing()))) {
            writer.addDocument(SearchFields.of(article(1, "<p>" + filler + "자매도시와 교류를 시작했다.</p>"), null, 100));
            writer.addDocument(SearchFields.of(article(2, "<p>자매도시와 교류를 시작했다. " + filler + "</p>"), null, 100));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                LuceneQueries queries = new LuceneQueries(analysis);
                TopDocs top = searcher.search(queries.build(QueryText.parse("자매도시와"), SearchQuery.of("자매도시와")), 10);
                assertThat(top.scoreDocs).hasSize(2);
                assertThat(searcher.storedFields().document(top.scoreDocs[0].doc).get(SearchFields.ID)).isEqualTo("2");
                assertThat(searcher.count(queries.analyzed("자매도시", false))).isEqualTo(1);
            }
        }
    }

    private static Article article(long id, String body) {
        Instant at = Instant.parse("2021-01-08T01:00:00Z");
        return new Article(id, id, null, "공원 소식", null, body, null, null, null, false, null, null,
                ArticleStatus.PUBLISHED, at, at, at, null, 0, 1, List.of());
    }
}
