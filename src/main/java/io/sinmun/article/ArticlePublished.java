package io.sinmun.article;

import java.time.Instant;

/**
 * An article became visible to readers (first time, or again after a withdrawal). Raised in the
 * publishing transaction; {@code push} and {@code breaking} are the desk's choices for delivery.
 */
public record ArticlePublished(long articleId, long number, String headline, String sectionSlug,
        Instant publishedAt, boolean push, boolean breaking) {
}
