package io.sinmun.article;

import java.util.List;

/** What a writer supplies for a new article or a new version of one; ids of other modules' things. */
public record ArticleDraft(Long sectionId, String headline, String subheadline, String bodyHtml, Long leadImageId,
        String leadImageCaption, String leadImageCredit, Long reporterId, List<String> tags) {

    public ArticleDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
