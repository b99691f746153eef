package io.sinmun.reader.internal;

import io.sinmun.system.BadRequestException;

/** The {@code ?page=} of a board list, as typed by a reader or a robot. */
final class PageNumber {

    private PageNumber() {
    }

    /**
     * 1 when absent; a 400 for anything that is not a page number. A number past the end is
     * valid here and clamped by the caller, which knows the last page.
     */
    static int parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        String value = raw.strip();
        if (!value.matches("-?\\d{1,30}")) {
            throw new BadRequestException("페이지 번호는 1 이상의 숫자여야 합니다. 입력하신 값: " + abbreviate(value));
        }
        if (value.startsWith("-") || value.matches("0+")) {
            throw new BadRequestException("페이지 번호는 1부터 시작합니다. 입력하신 값: " + value);
        }
        return value.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(value);
    }

    /** Like {@link #parse} but never fails: for a context hint that must not break the page it rides on. */
    static Integer lenient(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : parse(raw);
        }
        catch (BadRequestException ex) {
            return null;
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
