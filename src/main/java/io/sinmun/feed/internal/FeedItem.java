package io.sinmun.feed.internal;

import java.time.Instant;

/**
 * One article as a feed entry. {@code html} is null unless the feed carries full text;
 * {@code author}, {@code category} and {@code image} may be null.
 */
record FeedItem(String title, String link, Instant published, Instant updated, String author, String category,
        String summary, String html, Image image) {

    /** The lead image: absolute URL, MIME type, size in bytes and pixels. */
    record Image(String url, String type, long length, int width, int height) {
    }
}
