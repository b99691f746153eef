package io.sinmun.article;

import java.time.Instant;

/**
 * One article as stored. {@code number} is null until first published; {@code bodyHtml} has
 * already been sanitized when it was saved.
 */
public record Article(long id, Long number, Long sectionId, String headline, String subheadline, String bodyHtml,
        Long leadImageId, String leadImageCaption, boolean hasImages, Long reporterId, String reporterName,
        ArticleStatus status, Instant createdAt, Instant publishedAt, Instant updatedAt, long views) {

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** Shown as "수정" when the article changed after it went out, not for the publishing save itself. */
    public boolean wasUpdatedAfterPublishing() {
        return publishedAt != null && updatedAt != null && updatedAt.isAfter(publishedAt.plusSeconds(60));
    }
}
