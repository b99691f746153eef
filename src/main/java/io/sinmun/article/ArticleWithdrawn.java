package io.sinmun.article;

import java.time.Instant;

/** A published article was taken down; it must disappear from every list, feed and index. */
public record ArticleWithdrawn(long articleId, long number, String sectionSlug, Instant withdrawnAt) {
}
