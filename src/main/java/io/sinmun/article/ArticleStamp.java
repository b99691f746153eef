package io.sinmun.article;

import java.time.Instant;

/** A published article's running number and last change: what a sitemap lists, without the text. */
public record ArticleStamp(long number, Instant updatedAt) {
}
