package io.sinmun.article.internal;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * A single-line field (headline, subheadline, caption, credit, tag) as plain text: no markup, no
 * control characters, whitespace collapsed and trimmed. These fields go to pages, feeds and JSON,
 * so they must never carry a tag, whichever way they are written out.
 *
 * @param changed true when markup or control characters were removed (or entities decoded);
 *        collapsing and trimming whitespace alone does not count
 */
public record PlainText(String text, boolean changed) {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\x0B\\f\\r\\x85\\u2028\\u2029]");
    // C0/C1 controls, bidi overrides and isolates (they can reorder a headline), and the BOM
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    // what an HTML tokenizer would start a tag, comment or declaration with
    private static final Pattern TAG_OPEN = Pattern.compile("<(?=[A-Za-z/!?])");
    private static final int MAX_PASSES = 4;

    public static PlainText of(String raw) {
        if (raw == null) {
            return new PlainText("", false);
        }
        String text = withoutControls(raw);
        // text may hold escaped markup ("&lt;script&gt;"): strip again until no tag is left
        for (int pass = 0; pass < MAX_PASSES && (text.indexOf('<') >= 0 || text.indexOf('&') >= 0); pass++) {
            String stripped = withoutControls(Jsoup.parseBodyFragment(text).body().text());
            boolean done = stripped.equals(text) || !TAG_OPEN.matcher(stripped).find();
            text = stripped;
            if (done) {
                break;
            }
        }
        text = collapsed(TAG_OPEN.matcher(text).replaceAll(""));
        return new PlainText(text, !text.equals(collapsed(raw)));
    }

    private static String withoutControls(String text) {
        return CONTROLS.matcher(LINE_BREAKS.matcher(text).replaceAll(" ")).replaceAll("");
    }

    private static String collapsed(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
