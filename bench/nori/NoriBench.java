import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Nori's cost alone (bench/nori.sh): tokenizes the given texts with the analyzer the index uses
 * (KoreanAnalysis: mixed decompounding, the user dictionary), its variants and the bigram analyzer,
 * three rounds, one thread, and prints nanoseconds per character.
 */
public class NoriBench {

    public static void main(String[] args) throws Exception {
        List<String> texts = Files.readAllLines(Path.of(args[0]));
        texts.removeIf(String::isBlank);
        long chars = texts.stream().mapToLong(String::length).sum();
        UserDictionary dictionary = UserDictionary.open(new StringReader(Files.readString(Path.of(args[1]))));
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        analyzers.put("mixed+dict", nori(dictionary, DecompoundMode.MIXED));
        analyzers.put("mixed", nori(null, DecompoundMode.MIXED));
        analyzers.put("discard+dict", nori(dictionary, DecompoundMode.DISCARD));
        analyzers.put("none+dict", nori(dictionary, DecompoundMode.NONE));
        analyzers.put("tokenizer-only", new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionary,
                        DecompoundMode.MIXED, false, true);
                return new TokenStreamComponents(t, t);
            }
        });
        analyzers.put("bigram", new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(source)));
                return new TokenStreamComponents(source, stream);
            }
        });
        for (int round = 1; round <= 3; round++) {
            System.out.println("round " + round);
            for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
                long tokens = 0;
                long started = System.nanoTime();
                for (String text : texts) {
                    try (TokenStream stream = e.getValue().tokenStream("f", text)) {
                        stream.reset();
                        while (stream.incrementToken()) {
                            tokens++;
                        }
                        stream.end();
                    }
                }
                long ns = System.nanoTime() - started;
                System.out.printf("  %-16s %7.1f ns/char  %5.2f ms per 1,300 characters  %,d tokens%n", e.getKey(),
                        (double) ns / chars, ns / (double) chars * 1300 / 1e6, tokens);
            }
        }
    }

    private static Analyzer nori(UserDictionary dictionary, DecompoundMode mode) {
        return new KoreanAnalyzer(dictionary, mode, KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false);
    }
}
