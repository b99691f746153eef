package io.sinmun.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analyzers of an index, built from one user dictionary: Nori in mixed decompounding
 * (the compound and its parts, so "국제화추진협의회" is found by "협의회") without particles and
 * endings ("비대면으로" is indexed as 비대면), and Hangul bigrams for the {@code bigram} field,
 * which find part of a compound no dictionary knows. The dictionary's fingerprint is stored
 * with the index, so a changed dictionary is noticed at start.
 */
final class KoreanAnalysis {

    private final Analyzer nori;
    private final Analyzer bigram;
    private final Analyzer perField;
    private final String fingerprint;

    KoreanAnalysis(List<String> dictionaryLines) {
        String text = String.join("\n", dictionaryLines);
        UserDictionary dictionary = open(text);
        this.nori = new KoreanAnalyzer(dictionary, DecompoundMode.MIXED, KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS,
                false);
        this.bigram = new BigramAnalyzer();
        this.perField = new PerFieldAnalyzerWrapper(nori, Map.of(SearchFields.BIGRAM, bigram,
                SearchFields.TEXT, new Gapped(nori)));
        this.fingerprint = sha256(text);
    }

    /** Nori for the text fields, bigrams for {@link SearchFields#BIGRAM}. */
    Analyzer indexing() {
        return perField;
    }

    Analyzer nori() {
        return nori;
    }

    Analyzer bigram() {
        return bigram;
    }

    String fingerprint() {
        return fingerprint;
    }

    private static UserDictionary open(String text) {
        try {
            return text.isBlank() ? null : UserDictionary.open(new StringReader(text));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Nori with a gap between a field's values, so a phrase never runs from the headline into the body. */
    static final class Gapped extends AnalyzerWrapper {
        private final Analyzer wrapped;

        Gapped(Analyzer wrapped) {
            super(wrapped.getReuseStrategy());
            this.wrapped = wrapped;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return wrapped;
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }
    }

    /** Unicode word breaking, then overlapping pairs of Hangul (and CJK) letters; other words stay whole. */
    static final class BigramAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new CJKBigramFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
