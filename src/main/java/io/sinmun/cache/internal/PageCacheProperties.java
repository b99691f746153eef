package io.sinmun.cache.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code sinmun.cache.*}: whether the page cache is on, how many bytes it may hold (bodies and
 * their gzip forms), how long a page showing live numbers (view counts, most read, "오늘 N") may
 * be served before it is rendered again, how long any other stored response lives, and whether a
 * page is stored the first time it is rendered rather than the second ({@link Doorkeeper}).
 */
@ConfigurationProperties("sinmun.cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("128MB") DataSize maxSize,
        @DefaultValue("4s") Duration liveTtl, @DefaultValue("10m") Duration ttl,
        @DefaultValue("false") boolean storeOnFirstRead) {
}
