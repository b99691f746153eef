package io.sinmun.cache.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stored 200 response: the headers the application set (never a cookie), the body and its
 * gzip form, strong validators for each form, and the tags of what it read.
 */
record CachedPage(String contentType, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzip,
        String etag, String gzipEtag, long lastModified, Set<String> tags, Duration ttl, long storedAt,
        AtomicBoolean refreshing, WireForm wire) {

    CachedPage(String contentType, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzip, String etag,
            String gzipEtag, long lastModified, Set<String> tags, Duration ttl) {
        this(contentType, headers, body, gzip, etag, gzipEtag, lastModified, tags, ttl, System.nanoTime(),
                new AtomicBoolean(), WireForm.of(contentType, headers, body, gzip, etag, gzipEtag, lastModified));
    }

    /**
     * Past its time to live, a page is kept as long again, so that while one request renders it
     * anew every other reader still gets the old one (no stampede of renders when a popular page
     * expires). Dropped pages (events) are gone at once and never served stale.
     */
    Duration keptFor() {
        return ttl.multipliedBy(2);
    }

    boolean isFresh(long now) {
        return now - storedAt < ttl.toNanos();
    }

    /** True for the one request that will render the expired page again. */
    boolean claimRefresh() {
        return refreshing.compareAndSet(false, true);
    }

    int weight() {
        int weight = 500 + body.length + (gzip == null ? 0 : gzip.length) + tags.size() * 40;
        for (Map.Entry<String, String> header : headers) {
            // the strings and their encoded form in the wire headers
            weight += 2 * (header.getKey().length() + header.getValue().length()) + 64;
        }
        return weight;
    }
}
