package io.sinmun.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.web.util.HtmlUtils;

/**
 * Headline and body snippets with the matched words in {@code <mark>}. Only the query goes
 * through Nori: its nouns ("비대면" for "비대면으로", the parts of a compound) and the words as
 * typed are then found in the text as they are written, so "비대면으로" in a body is marked for
 * the query "비대면" without analysing the body again (that was a quarter of a search's time at
 * a million articles). A word Nori rewrites (a verb's stem, Hanja's reading) is marked where it
 * occurs as typed. Everything but the marks is HTML-escaped.
 */
final class Snippets {

    /** Characters of body shown around the first match. */
    static final int WINDOW = 160;
    private static final int PLAIN = 120;

    /** What to look for, longest first so a compound wins over its parts where both start. */
    private final List<String> marks;

    Snippets(KoreanAnalysis analysis, QueryText text) {
        Set<String> found = new LinkedHashSet<>();
        for (String word : text.positives()) {
            String typed = word.strip().toLowerCase(Locale.ROOT);
            boolean noun = false;
            for (String token : tokens(analysis.nori(), word)) {
                // a lone syllable ("시" of 하남시) would light up half a Korean text
                if (token.codePointCount(0, token.length()) >= 2 || token.equals(typed)) {
                    noun |= typed.contains(token);
                    found.add(token);
                }
            }
            // the noun without its particle ("비대면" of 비대면으로); as typed where Nori rewrote it, and phrases whole
            if (!typed.isEmpty() && (!noun || typed.contains(" "))) {
                found.add(typed);
            }
        }
        List<String> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.marks = List.copyOf(sorted);
    }

    String headline(String headline) {
        return headline == null ? "" : marked(headline, 0, headline.length(), matches(headline));
    }

    String body(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<int[]> matches = matches(text);
        if (matches.isEmpty()) {
            return escape(text.length() > PLAIN ? cutAtSpace(text, PLAIN) + "…" : text);
        }
        int at = matches.get(0)[0];
        int start = 0;
        if (matches.get(0)[1] > WINDOW * 2 / 3) { // near the start, the body's own first words read better than a cut
            start = at - WINDOW / 4;
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < at ? space + 1 : start;
        }
        int end = Math.min(text.length(), start + WINDOW);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            int firstEnd = matches.get(0)[1];
            end = space >= firstEnd ? space : Math.max(end, firstEnd);
        }
        return (start > 0 ? "…" : "") + marked(text, start, end, matches) + (end < text.length() ? "…" : "");
    }

    /** Start and end (exclusive) of every mark in the text, in order, overlapping and touching ones joined. */
    private List<int[]> matches(String text) {
        List<int[]> all = new ArrayList<>();
        if (marks.isEmpty()) {
            return all;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            lower = text; // a letter whose lower case has another length: match as written, offsets stay right
        }
        for (String mark : marks) {
            for (int i = lower.indexOf(mark); i >= 0; i = lower.indexOf(mark, i + mark.length())) {
                all.add(new int[] { i, i + mark.length() });
            }
        }
        all.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> -m[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] m : all) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m[0] <= last[1]) { // overlapping or touching (선별|진료소): one mark
                last[1] = Math.max(last[1], m[1]);
            }
            else {
                merged.add(m);
            }
        }
        return merged;
    }

    private static String marked(String text, int start, int end, List<int[]> matches) {
        StringBuilder out = new StringBuilder((end - start) + 32);
        int at = start;
        for (int[] m : matches) {
            if (m[1] <= start || m[0] < at) {
                continue;
            }
            if (m[0] >= end) {
                break;
            }
            out.append(escape(text.substring(at, m[0])));
            out.append("<mark>").append(escape(text.substring(m[0], Math.min(m[1], end)))).append("</mark>");
            at = Math.min(m[1], end);
        }
        out.append(escape(text.substring(at, end)));
        return out.toString();
    }

    private static String cutAtSpace(String text, int max) {
        int space = text.lastIndexOf(' ', max);
        return text.substring(0, space > max / 2 ? space : max);
    }

    private static List<String> tokens(Analyzer analyzer, String word) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("t", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return tokens;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8"); // the five HTML specials; Korean stays as it is
    }
}
