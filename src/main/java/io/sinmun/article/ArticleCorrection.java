package io.sinmun.article;

import java.time.Instant;

/** A correction (정정) printed under a published article. */
public record ArticleCorrection(long id, long articleId, String note, String author, Instant createdAt) {
}
