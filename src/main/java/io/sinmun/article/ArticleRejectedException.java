package io.sinmun.article;

/**
 * A change the workflow does not allow (publishing a withdrawn draft twice, scheduling in the
 * past, a headline that is too long) or that lost a race with another editor's save. The message
 * is Korean and meant for the writer.
 */
public class ArticleRejectedException extends RuntimeException {

    private final boolean conflict;

    public ArticleRejectedException(String message) {
        this(message, false);
    }

    private ArticleRejectedException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    public static ArticleRejectedException conflict() {
        return new ArticleRejectedException("다른 사람이 이 기사를 먼저 저장했습니다. 최신 내용을 불러온 뒤 다시 수정해 주세요.", true);
    }

    /** True when the article changed since the writer loaded it (HTTP 409). */
    public boolean isConflict() {
        return conflict;
    }
}
