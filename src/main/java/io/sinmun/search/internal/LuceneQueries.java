package io.sinmun.search.internal;

import java.time.LocalDate;

import io.sinmun.search.SearchQuery;
import io.sinmun.system.SeoulTime;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a parsed query into Lucene's: every word and phrase must match, in any analyzed field
 * (weighted: headline above subheadline and tags above the body) or, weighted far lower, as
 * consecutive bigrams; excluded words must not match; filters do not score.
 */
final class LuceneQueries {

    private final QueryBuilder nori;
    private final QueryBuilder bigram;

    LuceneQueries(KoreanAnalysis analysis) {
        this.nori = new QueryBuilder(analysis.nori());
        this.bigram = new QueryBuilder(analysis.bigram());
    }

    /** Null when nothing positive is left after analysis (the caller shows a message). */
    Query build(QueryText text, SearchQuery query) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        boolean any = false;
        for (String word : text.words()) {
            Query q = term(word, false);
            if (q != null) {
                top.add(q, Occur.MUST);
                any = true;
            }
        }
        for (String phrase : text.phrases()) {
            Query q = term(phrase, true);
            if (q != null) {
                top.add(q, Occur.MUST);
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        for (String word : text.excluded()) {
            Query q = analyzed(word, word.contains(" "));
            if (q == null) {
                q = bigram.createPhraseQuery(SearchFields.BIGRAM, word);
            }
            if (q != null) {
                top.add(q, Occur.MUST_NOT);
            }
        }
        if (query.sectionSlug() != null) {
            top.add(new TermQuery(new Term(SearchFields.SECTION, query.sectionSlug())), Occur.FILTER);
        }
        if (query.reporterId() != null) {
            top.add(new TermQuery(new Term(SearchFields.REPORTER_ID, Long.toString(query.reporterId()))), Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            top.add(LongPoint.newRangeQuery(SearchFields.PUBLISHED, startOf(query.from(), Long.MIN_VALUE),
                    query.to() == null ? Long.MAX_VALUE : startOf(query.to().plusDays(1), Long.MAX_VALUE) - 1),
                    Occur.FILTER);
        }
        return top.build();
    }

    /** One word or phrase: the analyzer's hit in any field, or else (much lower) a bigram hit. */
    private Query term(String text, boolean phrase) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        Query analyzed = analyzed(text, phrase);
        if (analyzed != null) {
            either.add(analyzed, Occur.SHOULD);
        }
        Query grams = bigram.createPhraseQuery(SearchFields.BIGRAM, text);
        if (grams != null) {
            either.add(new BoostQuery(grams, SearchFields.BIGRAM_BOOST), Occur.SHOULD);
        }
        BooleanQuery q = either.build();
        return q.clauses().isEmpty() ? null : q;
    }

    /** The word in every analyzed field, each with its weight; all of the word's parts must match. */
    Query analyzed(String text, boolean phrase) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        int added = 0;
        for (SearchFields.Weighted f : SearchFields.WEIGHTED) {
            Query q = phrase ? nori.createPhraseQuery(f.field(), text)
                    : nori.createBooleanQuery(f.field(), text, Occur.MUST);
            if (q != null) {
                fields.add(new BoostQuery(q, f.boost()), Occur.SHOULD);
                added++;
            }
        }
        return added == 0 ? null : fields.build();
    }

    private static long startOf(LocalDate day, long fallback) {
        return day == null ? fallback : day.atStartOfDay(SeoulTime.ZONE).toInstant().toEpochMilli();
    }
}
