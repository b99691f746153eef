package io.sinmun.article;

import java.time.Instant;

/** A row of the reader's board list. */
public record ArticleSummary(long id, long number, Long sectionId, String headline, boolean hasImages,
        String reporterName, long views, Instant publishedAt) {
}
