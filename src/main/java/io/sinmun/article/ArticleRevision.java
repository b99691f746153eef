package io.sinmun.article;

import java.time.Instant;
import java.util.List;

/** A saved version of an article's content: who saved it, when, and whether it was an autosave. */
public record ArticleRevision(long id, long articleId, int revisionNo, Long sectionId, String headline,
        String subheadline, String bodyHtml, Long leadImageId, String leadImageCaption, String leadImageCredit,
        Long reporterId, List<String> tags, String author, boolean autosave, Instant createdAt) {

    public ArticleDraft toDraft() {
        return new ArticleDraft(sectionId, headline, subheadline, bodyHtml, leadImageId, leadImageCaption,
                leadImageCredit, reporterId, tags);
    }
}
