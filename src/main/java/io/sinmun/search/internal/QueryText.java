package io.sinmun.search.internal;

import java.util.ArrayList;
import java.util.List;

import io.sinmun.search.SearchQuery;

/**
 * Sinmun's own small query language, read forgivingly: words, "exact phrases" and -excluded
 * words or -"phrases". Everything else (brackets, *, \, :, control characters) separates words
 * and is never passed to Lucene as syntax, so no input can break a query. A query too long, or
 * with more terms than is sensible, is cut and the reader told.
 */
record QueryText(List<String> words, List<String> phrases, List<String> excluded, String message) {

    static final int MAX_TERMS = 12;

    boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** Every positive word, phrases included (for highlighting). */
    List<String> positives() {
        List<String> all = new ArrayList<>(words);
        all.addAll(phrases);
        return all;
    }

    static QueryText parse(String raw) {
        String message = null;
        String text = raw == null ? "" : raw;
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE ? ' ' : c));
        text = clean.toString().strip();
        if (text.codePointCount(0, text.length()) > SearchQuery.MAX_TEXT) {
            text = text.substring(0, text.offsetByCodePoints(0, SearchQuery.MAX_TEXT));
            message = "검색어가 길어 앞의 " + SearchQuery.MAX_TEXT + "자만 검색했습니다.";
        }
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negative = c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1));
            if (negative) {
                i++;
                c = text.charAt(i);
            }
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    i++; // a lone quote: read the rest as words
                    continue;
                }
                String phrase = normalise(text.substring(i + 1, close));
                i = close + 1;
                if (!phrase.isEmpty()) {
                    (negative ? excluded : phrase.contains(" ") ? phrases : words).add(phrase);
                }
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            String token = text.substring(i, end);
            i = end;
            // inside a token, anything but letters and digits separates words ("하남시(시장" → 하남시, 시장)
            for (String part : normalise(token).split(" ")) {
                if (!part.isEmpty()) {
                    (negative ? excluded : words).add(part);
                    negative = false; // "-a(b" excludes a only
                }
            }
        }
        if (words.size() + phrases.size() + excluded.size() > MAX_TERMS) {
            message = "검색어가 많아 앞의 " + MAX_TERMS + "개만 검색했습니다.";
            words = cap(words, MAX_TERMS);
            phrases = cap(phrases, MAX_TERMS - words.size());
            excluded = cap(excluded, MAX_TERMS - words.size() - phrases.size());
        }
        if (words.isEmpty() && phrases.isEmpty()) {
            message = excluded.isEmpty() ? "검색어를 입력해 주세요. 낱말이나 \"따옴표로 묶은 구절\"로 찾을 수 있습니다."
                    : "빼고 찾을 낱말만 있습니다. 찾을 낱말도 함께 입력해 주세요.";
        }
        return new QueryText(List.copyOf(words), List.copyOf(phrases), List.copyOf(excluded), message);
    }

    /** Letters and digits kept, every other character a single space. */
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isLetterOrDigit(c) ? c : ' '));
        return out.toString().trim().replaceAll(" +", " ");
    }

    private static List<String> cap(List<String> list, int max) {
        return list.subList(0, Math.max(0, Math.min(max, list.size())));
    }
}
