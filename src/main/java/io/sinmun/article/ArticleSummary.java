package io.sinmun.article;

import java.time.Instant;

/** A row of a list: the reader's board (published only) or the newsroom's (any status). */
public record ArticleSummary(long id, Long number, Long sectionId, String headline, boolean hasImages,
        String reporterName, long views, Instant publishedAt, ArticleStatus status, Instant updatedAt,
        Instant scheduledAt) {
}
