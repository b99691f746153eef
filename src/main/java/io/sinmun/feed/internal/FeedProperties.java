package io.sinmun.feed.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sinmun.feed.full-text}: feeds carry the whole body, not only a summary (a paper that
 * lives from page views keeps it off). {@code sinmun.feed.sitemap-page-size}: article URLs per
 * sitemap page, at most the protocol's 50,000; changing it renumbers the pages.
 */
@ConfigurationProperties("sinmun.feed")
public record FeedProperties(@DefaultValue("false") boolean fullText,
        @DefaultValue("50000") int sitemapPageSize) {

    public FeedProperties {
        if (sitemapPageSize < 1 || sitemapPageSize > 50_000) {
            throw new IllegalArgumentException(
                    "sinmun.feed.sitemap-page-size must be between 1 and 50000, was " + sitemapPageSize);
        }
    }
}
