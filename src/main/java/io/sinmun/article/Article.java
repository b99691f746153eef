package io.sinmun.article;

import java.time.Instant;
import java.util.List;

/**
 * One article as stored. {@code number} is null until first published; {@code bodyHtml} has been
 * sanitized when it was saved; {@code version} changes with every save (optimistic locking).
 */
public record Article(long id, Long number, Long sectionId, String headline, String subheadline, String bodyHtml,
        Long leadImageId, String leadImageCaption, String leadImageCredit, boolean hasImages, Long reporterId,
        String reporterName, ArticleStatus status, Instant createdAt, Instant publishedAt, Instant updatedAt,
        Instant scheduledAt, long views, long version, List<String> tags) {

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** Shown as "수정" when the article changed after it went out, not for the publishing save itself. */
    public boolean wasUpdatedAfterPublishing() {
        return publishedAt != null && updatedAt != null && updatedAt.isAfter(publishedAt.plusSeconds(60));
    }

    Article withTags(List<String> newTags) {
        return new Article(id, number, sectionId, headline, subheadline, bodyHtml, leadImageId, leadImageCaption,
                leadImageCredit, hasImages, reporterId, reporterName, status, createdAt, publishedAt, updatedAt,
                scheduledAt, views, version, newTags);
    }
}
