package io.sinmun.cache.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * The stored responses, bounded by bytes (Caffeine's W-TinyLFU keeps the pages many readers ask
 * for when one-off addresses flood in). Invalidation drops matching entries at once, by a scan:
 * a few thousand entries at most, and events are rare next to reads. A render that read the
 * database before an invalidation and finishes after it must not store its stale result, so
 * every invalidation is stamped on a clock, and {@link #store} refuses an entry whose tags were
 * invalidated after its render began.
 */
@Component
public class PageStore {

    // longer than any render may take; a render older than this is never stored
    private static final Duration STAMPS_KEPT = Duration.ofMinutes(10);

    private final Cache<String, CachedPage> pages;
    private final AtomicLong clock = new AtomicLong();
    private final Cache<String, Long> invalidatedAt = Caffeine.newBuilder().expireAfterWrite(STAMPS_KEPT).build();
    private volatile long allInvalidatedAt;

    PageStore(PageCacheProperties properties) {
        this.pages = Caffeine.newBuilder().maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .expireAfter(Expiry.creating((String key, CachedPage page) -> page.keptFor()))
                .build();
    }

    CachedPage get(String key) {
        return pages.getIfPresent(key);
    }

    /** The clock reading to pass to {@link #store}: take it before the render reads anything. */
    long begin() {
        return clock.get();
    }

    /** Stores the page unless something it read was invalidated since {@code begun}; true if stored. */
    boolean store(String key, CachedPage page, long begun) {
        if (isStale(page, begun)) {
            return false;
        }
        pages.put(key, page);
        if (isStale(page, begun)) { // an invalidation ran between the check and the put
            pages.asMap().remove(key, page);
            return false;
        }
        return true;
    }

    private boolean isStale(CachedPage page, long begun) {
        if (allInvalidatedAt > begun) {
            return true;
        }
        for (String tag : page.tags()) {
            Long at = invalidatedAt.getIfPresent(tag);
            if (at != null && at > begun) {
                return true;
            }
        }
        return false;
    }

    public void invalidate(Collection<String> tags) {
        long now = clock.incrementAndGet();
        tags.forEach(tag -> invalidatedAt.put(tag, now));
        pages.asMap().values().removeIf(page -> tags.stream().anyMatch(page.tags()::contains));
    }

    public void invalidateAll() {
        allInvalidatedAt = clock.incrementAndGet();
        pages.invalidateAll();
    }

    public long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
