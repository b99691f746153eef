package io.sinmun.reader.internal;

import java.util.List;

import io.sinmun.article.ArticleSummary;
import io.sinmun.article.Articles;
import io.sinmun.section.Section;
import io.sinmun.system.SeoulTime;

import org.springframework.stereotype.Component;

/** Builds the board list shown on list pages and under every article. */
@Component
class Boards {

    static final int PAGE_SIZE = 20;

    private final Articles articles;
    private final ViewCounter views;
    private final SeoulTime time;

    Boards(Articles articles, ViewCounter views, SeoulTime time) {
        this.articles = articles;
        this.views = views;
        this.time = time;
    }

    /** The board for the section (or the whole paper), clamped to its last page; marks {@code current}. */
    Board build(Section section, int requestedPage, Long currentNumber) {
        Long sectionId = section == null ? null : section.id();
        long total = articles.countPublished(sectionId);
        int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(requestedPage, totalPages);
        String notice = requestedPage > totalPages
                ? "요청하신 페이지가 없어 마지막 페이지(" + totalPages + ")를 보여드립니다."
                : null;
        long today = articles.countPublishedOn(time.today(), sectionId);
        List<Board.Row> rows = articles.listPublished(sectionId, page, PAGE_SIZE).stream()
                .map(summary -> row(summary, section, page, currentNumber))
                .toList();
        return new Board(section, today, total, rows, Pagination.of(listPath(section), page, totalPages), notice);
    }

    static String listPath(Section section) {
        return section == null ? "/" : "/sections/" + section.slug();
    }

    /** An article's address that remembers which list page the reader came from. */
    static String articleUrl(long number, Section section, int page) {
        StringBuilder url = new StringBuilder("/articles/").append(number);
        String separator = "?";
        if (section != null) {
            url.append(separator).append("section=").append(section.slug());
            separator = "&";
        }
        if (page > 1) {
            url.append(separator).append("page=").append(page);
        }
        return url.toString();
    }

    private Board.Row row(ArticleSummary summary, Section section, int page, Long currentNumber) {
        return new Board.Row(summary.number(), summary.headline(), summary.hasImages(), summary.reporterName(),
                summary.views() + views.pending(summary.id()), time.date(summary.publishedAt()),
                time.iso(summary.publishedAt()), articleUrl(summary.number(), section, page),
                currentNumber != null && currentNumber.equals(summary.number()));
    }
}
