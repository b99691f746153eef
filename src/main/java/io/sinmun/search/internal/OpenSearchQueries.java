package io.sinmun.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sinmun.search.SearchQuery;
import io.sinmun.system.SeoulTime;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * {@link LuceneQueries}' per-field form in OpenSearch's query DSL, clause for clause: the same fields, weights,
 * AND within a word, phrases, bigram fallback and exclusions. Whether a word leaves any token
 * (and so gets a clause at all) is decided with the same analyzers on this node, since the
 * index's analysis uses the same dictionary.
 */
final class OpenSearchQueries {

    private final KoreanAnalysis analysis;

    OpenSearchQueries(KoreanAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Null when nothing positive is left after analysis (the caller shows a message). */
    Map<String, Object> build(QueryText text, SearchQuery query) {
        List<Object> must = new ArrayList<>();
        for (String word : text.words()) {
            addIfPresent(must, term(word, false));
        }
        for (String phrase : text.phrases()) {
            addIfPresent(must, term(phrase, true));
        }
        if (must.isEmpty()) {
            return null;
        }
        List<Object> mustNot = new ArrayList<>();
        for (String word : text.excluded()) {
            Map<String, Object> q = analyzed(word, word.contains(" "));
            if (q == null && hasTokens(analysis.bigram(), word)) {
                q = phrase(SearchFields.BIGRAM, word, 1f);
            }
            addIfPresent(mustNot, q);
        }
        List<Object> filter = new ArrayList<>();
        if (query.sectionSlug() != null) {
            filter.add(Map.of("term", Map.of(SearchFields.SECTION, query.sectionSlug())));
        }
        if (query.reporterId() != null) {
            filter.add(Map.of("term", Map.of(SearchFields.REPORTER_ID, Long.toString(query.reporterId()))));
        }
        if (query.from() != null || query.to() != null) {
            Map<String, Object> range = new LinkedHashMap<>();
            if (query.from() != null) {
                range.put("gte", startOf(query.from()));
            }
            if (query.to() != null) {
                range.put("lt", startOf(query.to().plusDays(1)));
            }
            filter.add(Map.of("range", Map.of(SearchFields.PUBLISHED, range)));
        }
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("must", must);
        if (!mustNot.isEmpty()) {
            bool.put("must_not", mustNot);
        }
        if (!filter.isEmpty()) {
            bool.put("filter", filter);
        }
        return Map.of("bool", bool);
    }

    /** One word or phrase: the analyzer's hit in any field, or else (much lower) a bigram hit. */
    private Map<String, Object> term(String text, boolean phrase) {
        List<Object> should = new ArrayList<>();
        addIfPresent(should, analyzed(text, phrase));
        if (hasTokens(analysis.bigram(), text)) {
            should.add(phrase(SearchFields.BIGRAM, text, SearchFields.BIGRAM_BOOST));
        }
        return should.isEmpty() ? null : Map.of("bool", Map.of("should", should));
    }

    /** The word in every analyzed field, each with its weight; all of the word's parts must match. */
    private Map<String, Object> analyzed(String text, boolean phrase) {
        if (!hasTokens(analysis.nori(), text)) {
            return null;
        }
        List<Object> should = new ArrayList<>();
        for (SearchFields.Weighted f : SearchFields.WEIGHTED) {
            if (phrase) {
                should.add(phrase(f.field(), text, f.boost()));
            }
            else {
                // Lucene's QueryBuilder makes a decompounded word's parts an AND, not a phrase
                should.add(Map.of("match", Map.of(f.field(), Map.of("query", text, "operator", "and", "boost",
                        f.boost(), "auto_generate_synonyms_phrase_query", false))));
            }
        }
        return Map.of("bool", Map.of("should", should));
    }

    private static Map<String, Object> phrase(String field, String text, float boost) {
        return Map.of("match_phrase", Map.of(field, Map.of("query", text, "boost", boost)));
    }

    private static void addIfPresent(List<Object> list, Map<String, Object> q) {
        if (q != null) {
            list.add(q);
        }
    }

    static boolean hasTokens(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            stream.reset();
            boolean any = stream.incrementToken();
            while (stream.incrementToken()) {
                // drain: a stream must be consumed before it is closed
            }
            stream.end();
            return any;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(SeoulTime.ZONE).toInstant().toEpochMilli();
    }
}
