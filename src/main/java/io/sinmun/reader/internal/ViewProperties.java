package io.sinmun.reader.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * View counting: how often counted views are written to the database, the most held in memory
 * if the database is unreachable, and the first-party cookie that recognises a reader.
 */
@ConfigurationProperties("sinmun.views")
record ViewProperties(@DefaultValue("500ms") Duration flushInterval, @DefaultValue("1000000") int maxPending,
        @DefaultValue("sinmun_reader") String cookieName) {
}
