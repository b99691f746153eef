import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.analysis.*;
import org.apache.lucene.analysis.ko.*;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.tokenattributes.*;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.cjk.*;

public class NoriBench {
    public static void main(String[] a) throws Exception {
        List<String> texts = Files.readAllLines(Path.of(a[0]));
        texts.removeIf(String::isBlank);
        long chars = texts.stream().mapToLong(String::length).sum();
        UserDictionary dict = UserDictionary.open(new StringReader(Files.readString(Path.of(a[1]))));
        Map<String, Analyzer> an = new LinkedHashMap<>();
        an.put("mixed+dict", new KoreanAnalyzer(dict, DecompoundMode.MIXED, KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false));
        an.put("mixed", new KoreanAnalyzer(null, DecompoundMode.MIXED, KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false));
        an.put("discard+dict", new KoreanAnalyzer(dict, DecompoundMode.DISCARD, KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false));
        an.put("none+dict", new KoreanAnalyzer(dict, DecompoundMode.NONE, KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false));
        an.put("tokenizer-only", new Analyzer() { protected TokenStreamComponents createComponents(String f) {
            Tokenizer t = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dict, DecompoundMode.MIXED, false, true);
            return new TokenStreamComponents(t, t); }});
        an.put("bigram", new Analyzer() { protected TokenStreamComponents createComponents(String f) {
            Tokenizer s = new StandardTokenizer(); TokenStream t = new CJKWidthFilter(s); t = new LowerCaseFilter(t); t = new CJKBigramFilter(t);
            return new TokenStreamComponents(s, t); }});
        for (int round = 0; round < 3; round++) {
            for (var e : an.entrySet()) {
                long tokens = 0, t0 = System.nanoTime();
                for (String s : texts) {
                    try (TokenStream ts = e.getValue().tokenStream("f", s)) {
                        ts.reset(); while (ts.incrementToken()) tokens++; ts.end();
                    }
                }
                long ns = System.nanoTime() - t0;
                System.out.printf("%-16s %8.1f ns/char  %6.2f MB/s(chars)  %.2f ms/1300ch  tokens %d%n", e.getKey(), (double) ns / chars, chars * 1000.0 / ns, ns / (double) chars * 1300 / 1e6, tokens);
            }
            System.out.println();
        }
    }
}
