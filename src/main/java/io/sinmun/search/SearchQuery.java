package io.sinmun.search;

import java.time.LocalDate;

/**
 * What a reader asked: the typed text (words, "exact phrases", -excluded words) and optional
 * filters; {@code page} is 1-based. Values are taken as typed; checks happen in the search.
 */
public record SearchQuery(String text, String sectionSlug, Long reporterId, LocalDate from, LocalDate to,
        Sort sort, int page, int pageSize) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_PAGE_SIZE = 50;

    public enum Sort {
        /** BM25 with a recency boost. */
        RELEVANCE,
        /** Newest first. */
        DATE
    }

    public SearchQuery {
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(1, page);
        pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, pageSize));
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, Sort.RELEVANCE, 1, 10);
    }
}
