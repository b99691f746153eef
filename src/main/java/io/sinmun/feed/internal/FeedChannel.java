package io.sinmun.feed.internal;

import java.time.Instant;

/** A feed's head: what the site says about itself, and where the feed and its page live. */
record FeedChannel(String title, String description, String link, String selfLink, String copyright,
        String publisher, Instant updated) {
}
