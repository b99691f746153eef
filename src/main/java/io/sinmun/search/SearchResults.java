package io.sinmun.search;

import java.time.Instant;
import java.util.List;

/**
 * One page of hits. {@code total} is exact up to {@link #EXACT_UP_TO}; above that it is a lower
 * bound ({@code totalIsLowerBound}). {@code message} is a Korean note for the reader when the
 * query was changed or could not be run (null when all went as typed).
 */
public record SearchResults(List<Hit> hits, long total, boolean totalIsLowerBound, int page, int pageSize,
        String message) {

    public static final int EXACT_UP_TO = 1000;

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults none(SearchQuery query, String message) {
        return new SearchResults(List.of(), 0, false, query.page(), query.pageSize(), message);
    }

    public int pages() {
        long shown = Math.min(total, EXACT_UP_TO);
        return (int) ((shown + pageSize - 1) / pageSize);
    }

    /**
     * A found article. {@code headlineHtml} and {@code snippetHtml} are HTML-escaped text with the
     * matched words in {@code <mark>}: safe to insert unescaped.
     */
    public record Hit(long articleId, long number, String headline, String headlineHtml, String snippetHtml,
            String sectionSlug, String sectionName, String reporterName, Instant publishedAt) {
    }
}
