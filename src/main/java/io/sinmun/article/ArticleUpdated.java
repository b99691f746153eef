package io.sinmun.article;

import java.time.Instant;

/** A published article's content changed; caches, feeds and the index must refresh it. */
public record ArticleUpdated(long articleId, long number, String headline, String sectionSlug, Instant updatedAt) {
}
