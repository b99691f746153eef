package io.sinmun.search.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sinmun.search.*}: how strongly recent articles are preferred (score × (1 + weight ×
 * ½^(age / half-life))), whether the index's checksums are verified at start, up to how many
 * articles a missing index is rebuilt before the site starts serving (more: in the background),
 * the indexing buffer, how much of a body Nori analyses in the embedded index (0: all), and the engine: {@code lucene} (the embedded index, default) or
 * {@code opensearch} at {@code sinmun.search.opensearch.url}, through the alias {@code index}.
 */
@ConfigurationProperties("sinmun.search")
record SearchProperties(@DefaultValue("0.5") double recencyWeight, @DefaultValue("365d") Duration recencyHalfLife,
        @DefaultValue("true") boolean verifyOnStart, @DefaultValue("20000") long rebuildInForegroundBelow,
        @DefaultValue("128") int ramBufferMb, @DefaultValue("0") int analyzedBodyChars,
        @DefaultValue("lucene") String engine,
        @DefaultValue OpenSearch opensearch) {

    record OpenSearch(@DefaultValue("http://127.0.0.1:9200") java.net.URI url,
            @DefaultValue("sinmun-articles") String index, @DefaultValue("10s") Duration timeout) {
    }
}
