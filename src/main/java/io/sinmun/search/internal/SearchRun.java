package io.sinmun.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sinmun.article.Article;
import io.sinmun.article.Articles;
import io.sinmun.search.SearchQuery;
import io.sinmun.search.SearchResults;
import io.sinmun.section.Section;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * One search: the query checked and parsed, the engine's ranking (Lucene's here; OpenSearch's
 * in {@link OpenSearchArticleSearch}), and the page's articles read from the database with their
 * snippets. The checks, the recency formula and the hits are the same for every engine.
 */
final class SearchRun {

    /** Candidates re-ranked by recency: enough that a page near the top is stable. */
    static final int RERANK = 200;
    private static final double DAY_MILLIS = 86_400_000d;

    /** An engine's answer: the page's article ids in order, and the total. */
    record Ranked(List<Long> ids, long total, boolean lowerBound) {
    }

    /** Ranks the parsed query; null when nothing positive is left after analysis. */
    interface Ranking {
        Ranked rank(QueryText text, SearchQuery query, int offset, int wanted) throws IOException;
    }

    private SearchRun() {
    }

    static SearchResults run(SearchQuery query, Ranking ranking, KoreanAnalysis analysis, Articles articles,
            Map<Long, Section> sections) {
        QueryText text = QueryText.parse(query.text());
        if (text.isEmpty()) {
            return SearchResults.none(query, text.message());
        }
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            return SearchResults.none(query, "기간의 시작일이 끝일보다 늦습니다.");
        }
        int offset = (query.page() - 1) * query.pageSize();
        if (offset >= SearchResults.EXACT_UP_TO) {
            return SearchResults.none(query,
                    "검색 결과는 " + SearchResults.EXACT_UP_TO + "번째까지 볼 수 있습니다. 검색어를 더 좁혀 주세요.");
        }
        int wanted = Math.min(offset + query.pageSize(), SearchResults.EXACT_UP_TO);
        Ranked ranked;
        try {
            ranked = ranking.rank(text, query, offset, wanted);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (ranked == null) {
            return SearchResults.none(query, "찾을 수 있는 낱말이 없습니다. 다른 검색어로 찾아 주세요.");
        }
        Map<Long, Article> byId = new HashMap<>();
        articles.publishedByIds(ranked.ids()).forEach(a -> byId.put(a.id(), a));
        Snippets snippets = new Snippets(analysis, text);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (long id : ranked.ids()) {
            Article a = byId.get(id);
            if (a == null) {
                continue; // withdrawn a moment ago; its entry goes with the event
            }
            Section section = a.sectionId() == null ? null : sections.get(a.sectionId());
            hits.add(new SearchResults.Hit(a.id(), a.number(), a.headline(), snippets.headline(a.headline()),
                    snippets.body(SearchFields.text(a.bodyHtml())), section == null ? null : section.slug(),
                    section == null ? null : section.name(), a.reporterName(), a.publishedAt()));
        }
        return new SearchResults(hits, ranked.total(), ranked.lowerBound(), query.page(), query.pageSize(),
                text.message());
    }

    /** score × (1 + weight × ½^(age in days / half-life in days)). */
    static float withRecency(float score, long publishedMillis, long now, SearchProperties properties) {
        double halfLife = Math.max(1, properties.recencyHalfLife().toMillis() / DAY_MILLIS);
        double ageDays = Math.max(0, (now - publishedMillis) / DAY_MILLIS);
        return (float) (score * (1 + properties.recencyWeight() * Math.pow(0.5, ageDays / halfLife)));
    }

    /** The embedded index's ranking: top hits by score then re-ranked with recency, or by date. */
    static Ranking lucene(SearchIndex index, SearchProperties properties) {
        return (text, query, offset, wanted) -> {
            LuceneQueries queries = index.queries();
            Query full = queries.build(text, query);
            if (full == null) {
                return null;
            }
            Query analyzed = queries.build(text, query, false);
            IndexSearcher searcher = index.acquire();
            try {
                // The analyzer's terms first: where they alone match more than Lucene counts exactly
                // (a thousand), bigram-only hits could not reach the top (they weigh a tenth) and the
                // total is shown as "N건 이상" anyway, so the bigram phrases (a third of a common
                // word's search) are not run. Otherwise the whole query, for rare and unknown words.
                TopDocs top = top(searcher, analyzed, query, wanted);
                if (top.totalHits.relation != TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO && !analyzed.equals(full)) {
                    top = top(searcher, full, query, wanted);
                }
                ScoreDoc[] ranked = query.sort() == SearchQuery.Sort.DATE ? top.scoreDocs
                        : withRecency(searcher, top.scoreDocs, properties);
                TotalHits total = top.totalHits;
                List<Long> ids = new ArrayList<>();
                for (int i = offset; i < Math.min(wanted, ranked.length); i++) {
                    ids.add(Long.parseLong(searcher.storedFields().document(ranked[i].doc).get(SearchFields.ID)));
                }
                return new Ranked(ids, total.value, total.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
            }
            finally {
                index.release(searcher);
            }
        };
    }

    private static TopDocs top(IndexSearcher searcher, Query query, SearchQuery search, int wanted) throws IOException {
        return search.sort() == SearchQuery.Sort.DATE
                ? searcher.search(query, wanted, new Sort(new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true)))
                : searcher.search(query, Math.max(wanted, RERANK));
    }

    private static ScoreDoc[] withRecency(IndexSearcher searcher, ScoreDoc[] hits, SearchProperties properties)
            throws IOException {
        if (properties.recencyWeight() <= 0 || hits.length == 0) {
            return hits;
        }
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        long now = System.currentTimeMillis();
        int leafIndex = -1;
        NumericDocValues published = null;
        for (ScoreDoc hit : byDoc) {
            int leaf = ReaderUtil.subIndex(hit.doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                published = leaves.get(leaf).reader().getNumericDocValues(SearchFields.PUBLISHED);
            }
            long at = now;
            if (published != null && published.advanceExact(hit.doc - leaves.get(leaf).docBase)) {
                at = published.longValue();
            }
            hit.score = withRecency(hit.score, at, now, properties);
        }
        Arrays.sort(byDoc, (a, b) -> Float.compare(b.score, a.score));
        return byDoc;
    }
}
