package io.sinmun.reader.internal;

import java.util.ArrayList;
import java.util.List;

/** Page links for a board: first, previous, a window of ten numbers, next, last. */
public record Pagination(int page, int totalPages, String first, String previous, List<Link> window, String next,
        String last) {

    private static final int WINDOW = 10;

    public record Link(int page, String url, boolean current) {
    }

    static Pagination of(String basePath, int page, int totalPages) {
        int start = ((page - 1) / WINDOW) * WINDOW + 1;
        int end = Math.min(start + WINDOW - 1, totalPages);
        List<Link> window = new ArrayList<>();
        for (int p = start; p <= end; p++) {
            window.add(new Link(p, url(basePath, p), p == page));
        }
        return new Pagination(page, totalPages,
                page > 1 ? url(basePath, 1) : null,
                page > 1 ? url(basePath, page - 1) : null,
                window,
                page < totalPages ? url(basePath, page + 1) : null,
                page < totalPages ? url(basePath, totalPages) : null);
    }

    static String url(String basePath, int page) {
        return page <= 1 ? basePath : basePath + "?page=" + page;
    }
}
