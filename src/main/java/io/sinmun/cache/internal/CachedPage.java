package io.sinmun.cache.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stored 200 response: the headers the application set (never a cookie), the body and its
 * gzip form, strong validators for each form, and the tags of what it read.
 */
record CachedPage(String contentType, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzip,
        String etag, String gzipEtag, long lastModified, Set<String> tags, Duration ttl) {

    int weight() {
        int weight = 200 + body.length + (gzip == null ? 0 : gzip.length) + tags.size() * 40;
        for (Map.Entry<String, String> header : headers) {
            weight += header.getKey().length() + header.getValue().length() + 32;
        }
        return weight;
    }
}
