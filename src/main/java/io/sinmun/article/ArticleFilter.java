package io.sinmun.article;

/** The newsroom list's filters; null means "any". */
public record ArticleFilter(ArticleStatus status, Long sectionId, Long reporterId, String title) {

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, null, null);
    }

    String statusName() {
        return status == null ? null : status.name();
    }
}
