package io.sinmun.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
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

    private final Analyzer nori;
    private final Analyzer bigram;
    private final BooleanQuery noriTerms;
    private final BooleanQuery bigramTerms;

    Snippets(KoreanAnalysis analysis, QueryText text) {
        this.nori = analysis.nori();
        this.bigram = analysis.bigram();
        this.noriTerms = terms(nori, text);
        this.bigramTerms = terms(bigram, text);
    }

    String headline(String headline) {
        String marked = mark(nori, noriTerms, headline, true);
        if (marked == null) {
            marked = mark(bigram, bigramTerms, headline, true);
        }
        return marked != null ? marked : escape(headline);
    }

    String body(String text) {
        String marked = mark(nori, noriTerms, text, false);
        if (marked == null) {
            marked = mark(bigram, bigramTerms, text, false);
        }
        if (marked != null) {
            return marked;
        }
        return escape(text.length() > PLAIN ? text.substring(0, PLAIN) + "…" : text);
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
