package io.sinmun.search.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

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
 * Turns a parsed query into Lucene's: every word and phrase must match in the analyzed text of
 * the whole article or, weighted far lower, as consecutive bigrams; where it is also in the
 * headline, subheadline, tags or reporter, that adds to the score (headline most); excluded
 * words must not match; filters do not score.
 */
final class LuceneQueries {

    /** An older index's fields, and {@link SearchFields#TEXT} for the articles changed since the upgrade. */
    private static final List<SearchFields.Weighted> OLD_FIELDS = Stream.concat(SearchFields.WEIGHTED.stream(),
            Stream.of(new SearchFields.Weighted(SearchFields.TEXT, 1f))).toList();

    private final QueryBuilder nori;
    private final QueryBuilder bigram;
    private final boolean textField;

    /** For an index with {@link SearchFields#TEXT}. */
    LuceneQueries(KoreanAnalysis analysis) {
        this(analysis, true);
    }

    /**
     * {@code textField} false: for an index built before {@link SearchFields#TEXT}, served while
     * its replacement is built; a word may match in any of the separate fields.
     */
    LuceneQueries(KoreanAnalysis analysis, boolean textField) {
        this.nori = new QueryBuilder(analysis.nori());
        this.bigram = new QueryBuilder(analysis.bigram());
        this.textField = textField;
    }

    /** Null when nothing positive is left after analysis (the caller shows a message). */
    Query build(QueryText text, SearchQuery query) {
        return build(text, query, true);
    }

    /**
     * With {@code bigrams} false, a word the analyzer gives terms for is matched by those alone
     * (one that it gives none for still by its bigrams): the first, cheaper pass of a search.
     */
    Query build(QueryText text, SearchQuery query, boolean bigrams) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        boolean any = false;
        for (String word : text.words()) {
            Query q = term(word, false, bigrams);
            if (q != null) {
                top.add(q, Occur.MUST);
                lifts(top, word, false);
                any = true;
            }
        }
        for (String phrase : text.phrases()) {
            Query q = term(phrase, true, bigrams);
            if (q != null) {
                top.add(q, Occur.MUST);
                lifts(top, phrase, true);
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

    /** One word or phrase: the analyzer's match, or else (much lower) a bigram hit. */
    private Query term(String text, boolean phrase, boolean bigrams) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        Query analyzed = analyzed(text, phrase);
        if (analyzed != null) {
            if (!bigrams) {
                return analyzed;
            }
            either.add(analyzed, Occur.SHOULD);
        }
        Query grams = bigram.createPhraseQuery(SearchFields.BIGRAM, text);
        if (grams != null) {
            either.add(new BoostQuery(grams, SearchFields.BIGRAM_BOOST), Occur.SHOULD);
        }
        BooleanQuery q = either.build();
        return q.clauses().isEmpty() ? null : q;
    }

    /**
     * What a word must match: all of its analyzed parts in {@link SearchFields#TEXT} (or, in an
     * older index, in any one field, each with its weight).
     */
    Query analyzed(String text, boolean phrase) {
        if (textField) {
            return phrase ? nori.createPhraseQuery(SearchFields.TEXT, text)
                    : nori.createBooleanQuery(SearchFields.TEXT, text, Occur.MUST);
        }
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        int added = 0;
        for (SearchFields.Weighted f : OLD_FIELDS) {
            Query q = phrase ? nori.createPhraseQuery(f.field(), text)
                    : nori.createBooleanQuery(f.field(), text, Occur.MUST);
            if (q != null) {
                fields.add(new BoostQuery(q, f.boost()), Occur.SHOULD);
                added++;
            }
        }
        return added == 0 ? null : fields.build();
    }

    /** The weights of the headline, subheadline, tags and reporter: optional clauses that only add to a hit's score. */
    private void lifts(BooleanQuery.Builder top, String text, boolean phrase) {
        if (!textField) {
            return;
        }
        for (SearchFields.Weighted f : SearchFields.LIFTS) {
            Query q = phrase ? nori.createPhraseQuery(f.field(), text) : nori.createBooleanQuery(f.field(), text, Occur.MUST);
            if (q != null) {
                top.add(new BoostQuery(q, f.boost()), Occur.SHOULD);
            }
        }
    }

    private static long startOf(LocalDate day, long fallback) {
        return day == null ? fallback : day.atStartOfDay(SeoulTime.ZONE).toInstant().toEpochMilli();
    }
}
