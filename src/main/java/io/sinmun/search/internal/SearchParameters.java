package io.sinmun.search.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.sinmun.search.SearchQuery;
import io.sinmun.system.BadRequestException;

/**
 * The request parameters of {@code /search} and {@code /api/v1/search}, read as text and checked
 * here: the API refuses a bad value (400), the page ignores it and tells the reader why.
 */
record SearchParameters(SearchQuery query, List<String> notes) {

    static final int PAGE_SIZE = 10;

    static SearchParameters read(String q, String section, String reporter, String from, String to, String sort,
            String page, String size, boolean strict) {
        List<String> notes = new ArrayList<>();
        String slug = blank(section) ? null : section.strip();
        if (slug != null && !slug.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            slug = refuse(strict, notes, "section", "섹션 주소가 올바르지 않아 전체에서 찾았습니다.");
        }
        Long reporterId = number(reporter, 1, Long.MAX_VALUE, strict, notes, "reporter", "기자 선택이 올바르지 않아 무시했습니다.");
        LocalDate fromDate = date(from, strict, notes, "from");
        LocalDate toDate = date(to, strict, notes, "to");
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            if (strict) {
                throw new BadRequestException("'from'이 'to'보다 늦습니다.");
            }
            notes.add("기간의 시작일이 끝일보다 늦어 기간 없이 찾았습니다.");
            fromDate = null;
            toDate = null;
        }
        SearchQuery.Sort order = SearchQuery.Sort.RELEVANCE;
        if (!blank(sort)) {
            switch (sort.strip().toLowerCase(Locale.ROOT)) {
                case "relevance" -> order = SearchQuery.Sort.RELEVANCE;
                case "date" -> order = SearchQuery.Sort.DATE;
                default -> refuse(strict, notes, "sort", "정렬은 정확도순 또는 최신순만 됩니다.");
            }
        }
        Long pageNo = number(page, 1, 100_000, strict, notes, "page", "쪽 번호가 올바르지 않아 첫 쪽을 보여 드립니다.");
        Long pageSize = number(size, 1, SearchQuery.MAX_PAGE_SIZE, strict, notes, "size",
                "한 쪽에 " + SearchQuery.MAX_PAGE_SIZE + "건까지 보여 드립니다.");
        if (strict && q != null && q.length() > SearchQuery.MAX_TEXT) {
            throw new BadRequestException("'q'는 " + SearchQuery.MAX_TEXT + "자까지입니다.");
        }
        return new SearchParameters(new SearchQuery(q, slug, reporterId, fromDate, toDate, order,
                pageNo == null ? 1 : pageNo.intValue(), pageSize == null ? PAGE_SIZE : pageSize.intValue()),
                List.copyOf(notes));
    }

    private static Long number(String raw, long min, long max, boolean strict, List<String> notes, String name,
            String note) {
        if (blank(raw)) {
            return null;
        }
        try {
            long n = Long.parseLong(raw.strip());
            if (n >= min && n <= max) {
                return n;
            }
        }
        catch (NumberFormatException ex) {
            // refused below
        }
        refuse(strict, notes, name, note);
        return null;
    }

    private static LocalDate date(String raw, boolean strict, List<String> notes, String name) {
        if (blank(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        }
        catch (DateTimeParseException ex) {
            refuse(strict, notes, name, "날짜는 2021-02-04처럼 입력해 주세요. 그 조건은 빼고 찾았습니다.");
            return null;
        }
    }

    private static String refuse(boolean strict, List<String> notes, String name, String note) {
        if (strict) {
            throw new BadRequestException("'" + name + "' 값이 올바르지 않습니다.");
        }
        notes.add(note);
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
