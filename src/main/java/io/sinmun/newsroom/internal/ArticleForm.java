package io.sinmun.newsroom.internal;

import java.util.Arrays;
import java.util.List;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;

/** The editor form as posted; tags arrive comma-separated. */
record ArticleForm(String headline, String subheadline, Long sectionId, Long reporterId, String tags,
        String bodyHtml, Long leadImageId, String leadImageCaption, String leadImageCredit, Long version) {

    static ArticleForm empty(Long reporterId) {
        return new ArticleForm("", "", null, reporterId, "", "", null, "", "", 0L);
    }

    static ArticleForm of(Article a) {
        return new ArticleForm(a.headline(), a.subheadline(), a.sectionId(), a.reporterId(), String.join(", ", a.tags()),
                a.bodyHtml(), a.leadImageId(), a.leadImageCaption(), a.leadImageCredit(), a.version());
    }

    ArticleDraft toDraft(Long uploadedImageId) {
        List<String> tagList = tags == null ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new ArticleDraft(sectionId, headline, subheadline, bodyHtml,
                uploadedImageId != null ? uploadedImageId : leadImageId, leadImageCaption, leadImageCredit,
                reporterId, tagList);
    }

    long versionOrZero() {
        return version == null ? 0 : version;
    }
}
