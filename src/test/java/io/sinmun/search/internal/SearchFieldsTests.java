package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleStatus;
import io.sinmun.search.SearchQuery;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Matching on the one {@code text} field: a word anywhere in the article is found, the headline
 * still ranks first, a phrase does not run from one field into the next, and an index from
 * before the field still answers while it is rebuilt.
 */
class SearchFieldsTests {

    private final KoreanAnalysis analysis = new KoreanAnalysis(List.of("자매도시"));

    @Test
    void aWordInAnyPartIsFoundAndTheHeadlineRanksFirst() throws IOException {
        List<Document> docs = List.of(
                SearchFields.of(article(1, "공원 소식", List.of(), "<p>영주시와 자매도시로 교류했다.</p>"), null),
                SearchFields.of(article(2, "자매도시 교류 확대", List.of(), "<p>영주시와 교류했다.</p>"), null),
                SearchFields.of(article(3, "공원 소식", List.of("자매도시"), "<p>시민이 모였다.</p>"), null),
                SearchFields.of(article(4, "공원 소식", List.of(), "<p>시민이 모였다.</p>"), null));
        List<String> hits = search(docs, new LuceneQueries(analysis), "자매도시");
        assertThat(hits).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(hits.get(0)).isEqualTo("2");
    }

    @Test
    void aPhraseDoesNotRunFromTheHeadlineIntoTheBody() throws IOException {
        List<Document> docs = List.of(
                SearchFields.of(article(1, "하남시 공원", List.of(), "<p>자매도시 교류</p>"), null),
                SearchFields.of(article(2, "소식", List.of(), "<p>하남시 공원 자매도시 교류</p>"), null));
        assertThat(search(docs, new LuceneQueries(analysis), "\"공원 자매도시\"")).containsExactly("2");
    }

    @Test
    void anIndexFromBeforeTheTextFieldStillAnswers() throws IOException {
        Document old = new Document(); // the fields an older build wrote: body, no text
        old.add(new StringField(SearchFields.ID, "1", Field.Store.YES));
        old.add(new TextField(SearchFields.HEADLINE, "공원 소식", Field.Store.NO));
        old.add(new TextField(SearchFields.BODY, "영주시와 자매도시로 교류했다.", Field.Store.NO));
        Document changedSince = SearchFields.of(article(2, "소식", List.of(), "<p>자매도시 교류</p>"), null);
        List<Document> docs = List.of(old, changedSince);
        assertThat(search(docs, new LuceneQueries(analysis, false), "자매도시")).containsExactlyInAnyOrder("1", "2");
        assertThat(search(docs, new LuceneQueries(analysis, true), "자매도시")).containsExactly("2");
    }

    private List<String> search(List<Document> docs, LuceneQueries queries, String text) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analysis.indexing()))) {
            for (Document doc : docs) {
                writer.addDocument(doc);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = queries.build(QueryText.parse(text), SearchQuery.of(text), false);
                TopDocs top = searcher.search(query, 10);
                List<String> ids = new java.util.ArrayList<>();
                for (var hit : top.scoreDocs) {
                    ids.add(searcher.storedFields().document(hit.doc).get(SearchFields.ID));
                }
                return ids;
            }
        }
    }

    private static Article article(long id, String headline, List<String> tags, String body) {
        Instant at = Instant.parse("2021-01-08T01:00:00Z");
        return new Article(id, id, null, headline, null, body, null, null, null, false, null, null,
                ArticleStatus.PUBLISHED, at, at, at, null, 0, 1, tags);
    }
}
