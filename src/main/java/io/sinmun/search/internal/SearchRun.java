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
 * One search: the Lucene query, the top hits (by score, then re-ranked with the recency boost;
 * or by date), and the page's articles read from the database with their snippets.
 */
final class SearchRun {

    /** Candidates re-ranked by recency: enough that a page near the top is stable. */
    private static final int RERANK = 200;
    private static final double DAY_MILLIS = 86_400_000d;

    private final SearchIndex index;
    private final Articles articles;
    private final Map<Long, Section> sections;
    private final SearchProperties properties;

    SearchRun(SearchIndex index, Articles articles, Map<Long, Section> sections, SearchProperties properties) {
        this.index = index;
        this.articles = articles;
        this.sections = sections;
        this.properties = properties;
    }

    SearchResults run(SearchQuery query) {
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
        Query lucene = index.queries().build(text, query);
        if (lucene == null) {
            return SearchResults.none(query, "찾을 수 있는 낱말이 없습니다. 다른 검색어로 찾아 주세요.");
        }
        int wanted = Math.min(offset + query.pageSize(), SearchResults.EXACT_UP_TO);
        IndexSearcher searcher;
        try {
            searcher = index.acquire();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<Long> ids = new ArrayList<>();
        TotalHits total;
        try {
            ScoreDoc[] ranked;
            if (query.sort() == SearchQuery.Sort.DATE) {
                TopDocs top = searcher.search(lucene, wanted,
                        new Sort(new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true)));
                ranked = top.scoreDocs;
                total = top.totalHits;
            }
            else {
                TopDocs top = searcher.search(lucene, Math.max(wanted, Math.min(RERANK, SearchResults.EXACT_UP_TO)));
                ranked = withRecency(searcher, top.scoreDocs);
                total = top.totalHits;
            }
            for (int i = offset; i < Math.min(wanted, ranked.length); i++) {
                ids.add(Long.parseLong(searcher.storedFields().document(ranked[i].doc).get(SearchFields.ID)));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            index.release(searcher);
        }
        Map<Long, Article> byId = new HashMap<>();
        articles.publishedByIds(ids).forEach(a -> byId.put(a.id(), a));
        Snippets snippets = new Snippets(index.analysis(), text);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (long id : ids) {
            Article a = byId.get(id);
            if (a == null) {
                continue; // withdrawn a moment ago; its entry goes with the event
            }
            Section section = a.sectionId() == null ? null : sections.get(a.sectionId());
            hits.add(new SearchResults.Hit(a.id(), a.number(), a.headline(), snippets.headline(a.headline()),
                    snippets.body(SearchFields.text(a.bodyHtml())), section == null ? null : section.slug(),
                    section == null ? null : section.name(), a.reporterName(), a.publishedAt()));
        }
        boolean lowerBound = total.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
        return new SearchResults(hits, total.value, lowerBound, query.page(), query.pageSize(), text.message());
    }

    /** Scores times 1 + weight × ½^(age in days / half-life in days), highest first. */
    private ScoreDoc[] withRecency(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        if (properties.recencyWeight() <= 0 || hits.length == 0) {
            return hits;
        }
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        long now = System.currentTimeMillis();
        double halfLife = Math.max(1, properties.recencyHalfLife().toMillis() / DAY_MILLIS);
        int leafIndex = -1;
        NumericDocValues published = null;
        for (ScoreDoc hit : byDoc) {
            int leaf = ReaderUtil.subIndex(hit.doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                published = leaves.get(leaf).reader().getNumericDocValues(SearchFields.PUBLISHED);
            }
            double ageDays = 0;
            if (published != null && published.advanceExact(hit.doc - leaves.get(leaf).docBase)) {
                ageDays = Math.max(0, (now - published.longValue()) / DAY_MILLIS);
            }
            hit.score = (float) (hit.score * (1 + properties.recencyWeight() * Math.pow(0.5, ageDays / halfLife)));
        }
        Arrays.sort(byDoc, (a, b) -> Float.compare(b.score, a.score));
        return byDoc;
    }
}
