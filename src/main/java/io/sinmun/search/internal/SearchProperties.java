package io.sinmun.search.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sinmun.search.*}: how strongly recent articles are preferred (score × (1 + weight ×
 * ½^(age / half-life))), whether the index's checksums are verified at start, up to how many
 * articles a missing index is rebuilt before the site starts serving (more: in the background),
 * and the indexing buffer.
 */
@ConfigurationProperties("sinmun.search")
record SearchProperties(@DefaultValue("0.5") double recencyWeight, @DefaultValue("365d") Duration recencyHalfLife,
        @DefaultValue("true") boolean verifyOnStart, @DefaultValue("20000") long rebuildInForegroundBelow,
        @DefaultValue("64") int ramBufferMb) {
}
