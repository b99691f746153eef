package io.sinmun.article;

/** What a writer supplies for a new article or a new version of one. */
public record ArticleDraft(Long sectionId, String headline, String subheadline, String bodyHtml, Long leadImageId,
        String leadImageCaption, Long reporterId) {
}
