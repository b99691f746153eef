package io.sinmun.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/**
 * Headline and body snippets with the matched words in {@code <mark>}. The text is analyzed
 * again (the index stores no text) with the same analyzers, so "비대면으로" is marked for the
 * query "비대면"; where only the bigrams matched, the bigrams are marked. Everything but the
 * marks is HTML-escaped by the encoder.
 */
final class Snippets {

    private static final String FIELD = "t";
    private static final int FRAGMENT = 80;
    private static final int PLAIN = 120;
    /** Body text analysed for the snippet: around the first occurrence, not the whole body (Nori is costly). */
    private static final int WINDOW = 400;

    private final Analyzer nori;
    private final Analyzer bigram;
    private final BooleanQuery noriTerms;
    private final BooleanQuery bigramTerms;
    private final Set<String> surface = new LinkedHashSet<>();

    Snippets(KoreanAnalysis analysis, QueryText text) {
        this.nori = analysis.nori();
        this.bigram = analysis.bigram();
        this.noriTerms = terms(nori, text);
        this.bigramTerms = terms(bigram, text);
        for (BooleanQuery q : List.of(noriTerms, bigramTerms)) {
            q.clauses().forEach(c -> surface.add(((TermQuery) c.getQuery()).getTerm().text()));
        }
    }

    String headline(String headline) {
        String marked = mark(nori, noriTerms, headline, true);
        if (marked == null) {
            marked = mark(bigram, bigramTerms, headline, true);
        }
        return marked != null ? marked : escape(headline);
    }

    String body(String text) {
        int at = firstOccurrence(text);
        if (at < 0 && text.length() > WINDOW) {
            // no query word as typed (a hit on the headline or the tags): only the start is shown,
            // so only the start is analysed; the whole body, twice, was most of a search's time
            String marked = mark(nori, noriTerms, lead(text), false);
            return marked != null ? marked : escape(text.substring(0, PLAIN) + "…");
        }
        String part = at < 0 ? text : window(text, at);
        String marked = mark(nori, noriTerms, part, false);
        if (marked == null) {
            marked = mark(bigram, bigramTerms, part, false);
        }
        if (marked == null && part.length() < text.length()) {
            marked = mark(nori, noriTerms, text, false); // the window missed (e.g. a reading form): all of it
        }
        if (marked != null) {
            return marked;
        }
        return escape(text.length() > PLAIN ? text.substring(0, PLAIN) + "…" : text);
    }

    /** Where a query token first occurs as typed, or -1. */
    private int firstOccurrence(String text) {
        int at = -1;
        for (String token : surface) {
            int i = text.indexOf(token);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        return at;
    }

    private static String lead(String text) {
        int space = text.lastIndexOf(' ', WINDOW);
        return text.substring(0, space > WINDOW / 2 ? space : WINDOW);
    }

    /** The text around {@code at}, cut at spaces. */
    private static String window(String text, int at) {
        if (text.length() <= WINDOW) {
            return text;
        }
        int start = Math.max(0, at - WINDOW / 4);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space >= at ? start : space + 1;
        }
        int end = Math.min(text.length(), start + WINDOW);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > at ? space : end;
        }
        return text.substring(start, end);
    }

    private static String mark(Analyzer analyzer, BooleanQuery terms, String text, boolean whole) {
        if (terms.clauses().isEmpty() || text == null || text.isEmpty()) {
            return null;
        }
        QueryScorer scorer = new QueryScorer(terms, FIELD);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(whole ? new NullFragmenter() : new SimpleFragmenter(FRAGMENT));
        try (TokenStream tokens = analyzer.tokenStream(FIELD, text)) {
            String result = whole ? highlighter.getBestFragment(tokens, text)
                    : String.join(" … ", highlighter.getBestFragments(tokens, text, 2));
            return result == null || result.isBlank() ? null : result;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InvalidTokenOffsetsException ex) {
            return null;
        }
    }

    private static BooleanQuery terms(Analyzer analyzer, QueryText text) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : text.positives()) {
            try (TokenStream stream = analyzer.tokenStream(FIELD, word)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    tokens.add(term.toString());
                }
                stream.end();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        tokens.stream().limit(BooleanQuery.getMaxClauseCount() / 2)
                .forEach(t -> q.add(new TermQuery(new Term(FIELD, t)), Occur.SHOULD));
        return q.build();
    }

    private static String escape(String text) {
        return new SimpleHTMLEncoder().encodeText(text);
    }
}
