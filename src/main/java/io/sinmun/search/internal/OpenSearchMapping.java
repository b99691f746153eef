package io.sinmun.search.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenSearch index: Nori as in {@link KoreanAnalysis} (mixed decompounding, the default
 * part-of-speech stop tags, reading form, lower case) with the user dictionary inline, and one
 * bigram field fed by {@code copy_to} from the same fields as the embedded index's, so both
 * engines score alike. {@code _meta} records the dictionary's fingerprint and the catch-up time.
 */
final class OpenSearchMapping {

    static final String DICTIONARY = "dictionary";
    static final String CAUGHT_UP = "caught_up_to";

    private OpenSearchMapping() {
    }

    static Map<String, Object> index(List<String> dictionaryLines, String fingerprint) {
        Map<String, Object> tokenizer = new LinkedHashMap<>();
        tokenizer.put("type", "nori_tokenizer");
        tokenizer.put("decompound_mode", "mixed");
        tokenizer.put("discard_punctuation", true);
        if (!dictionaryLines.isEmpty()) {
            tokenizer.put("user_dictionary_rules", dictionaryLines);
        }
        Map<String, Object> analysis = Map.of(
                "tokenizer", Map.of("sinmun_nori", tokenizer),
                "filter", Map.of("sinmun_pos", Map.of("type", "nori_part_of_speech")),
                "analyzer", Map.of(
                        "sinmun_korean", Map.of("type", "custom", "tokenizer", "sinmun_nori",
                                "filter", List.of("sinmun_pos", "nori_readingform", "lowercase")),
                        "sinmun_bigram", Map.of("type", "custom", "tokenizer", "standard",
                                "filter", List.of("cjk_width", "lowercase", "cjk_bigram"))));
        // loading: no refreshes until the swap; one shard (BM25 statistics as in one Lucene index)
        Map<String, Object> settings = Map.of("index", Map.of("number_of_shards", 1, "number_of_replicas", 0,
                "refresh_interval", "-1"), "analysis", analysis);
        Map<String, Object> korean = Map.of("type", "text", "analyzer", "sinmun_korean");
        Map<String, Object> koreanWithBigrams = Map.of("type", "text", "analyzer", "sinmun_korean",
                "copy_to", SearchFields.BIGRAM);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(SearchFields.ID, Map.of("type", "keyword"));
        properties.put(SearchFields.HEADLINE, koreanWithBigrams);
        properties.put(SearchFields.SUBHEADLINE, koreanWithBigrams);
        properties.put(SearchFields.TAGS, koreanWithBigrams);
        properties.put(SearchFields.BODY, koreanWithBigrams);
        properties.put(SearchFields.REPORTER, korean);
        properties.put(SearchFields.REPORTER_ID, Map.of("type", "keyword"));
        properties.put(SearchFields.SECTION, Map.of("type", "keyword"));
        properties.put(SearchFields.PUBLISHED, Map.of("type", "date", "format", "epoch_millis"));
        properties.put(SearchFields.BIGRAM, Map.of("type", "text", "analyzer", "sinmun_bigram"));
        Map<String, Object> mappings = new LinkedHashMap<>();
        mappings.put("dynamic", "strict");
        mappings.put("_source", Map.of("enabled", false)); // hits are shown from the database
        mappings.put("_meta", Map.of(DICTIONARY, fingerprint));
        mappings.put("properties", properties);
        return Map.of("settings", settings, "mappings", mappings);
    }

    static Map<String, Object> meta(String fingerprint, long caughtUpTo) {
        return Map.of(DICTIONARY, fingerprint, CAUGHT_UP, caughtUpTo);
    }
}
