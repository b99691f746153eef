package io.sinmun.article;

import java.time.Instant;

/**
 * An article for {@link BulkPublishing}, already cleaned exactly as the editor's save cleans it:
 * only {@link BulkPublishing#prepare} makes one, so an unsanitized body cannot reach the table.
 */
public final class BulkArticle {

    private final ArticleDraft draft;
    private final boolean hasImages;
    private final Instant createdAt;
    private final Instant publishedAt;
    private final long views;
    private final String author;

    BulkArticle(ArticleDraft draft, boolean hasImages, Instant createdAt, Instant publishedAt, long views,
            String author) {
        if (createdAt.isAfter(publishedAt) || views < 0) {
            throw new IllegalArgumentException("created after published, or negative views");
        }
        this.draft = draft;
        this.hasImages = hasImages;
        this.createdAt = createdAt;
        this.publishedAt = publishedAt;
        this.views = views;
        this.author = author;
    }

    public ArticleDraft draft() {
        return draft;
    }

    public boolean hasImages() {
        return hasImages;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long views() {
        return views;
    }

    /** Who saved the first revision. */
    public String author() {
        return author;
    }
}
