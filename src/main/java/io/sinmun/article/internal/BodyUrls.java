package io.sinmun.article.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * Which link and image addresses a body may hold, and how a refused one is named for the writer.
 * An accepted address has no control characters at all, so what a browser reads as its scheme is
 * what was checked here.
 */
final class BodyUrls {

    // Images only from our own /media/ (what the newsroom uploaded): a remote image lets its host
    // follow every reader and can change after the editor approved the article. Segments never
    // start with a dot, so ".." cannot climb out to /admin or /logout.
    private static final Pattern MEDIA = Pattern.compile(
            "/media/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private BodyUrls() {
    }

    /** The link as it may be stored, or null: http(s), mailto or a path on this site. */
    static String link(String value) {
        String url = withoutSpacesAround(value);
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")) {
            return url;
        }
        // browsers read "//host" and "/\host" as another site
        boolean sitePath = url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
        return sitePath ? url : null;
    }

    /** The image address as it may be stored, or null: only paths under /media/. */
    static String image(String value) {
        String url = withoutSpacesAround(value);
        return url != null && MEDIA.matcher(url).matches() ? url : null;
    }

    /** Why {@link #link} refused this value, for the writer. */
    static String refusedLink(String value) {
        String compact = compact(value);
        String scheme = scheme(compact);
        if (scheme != null && !LINK_SCHEMES.contains(scheme)) {
            return scheme + ": 링크";
        }
        if (compact.startsWith("//") || compact.startsWith("/\\") || compact.startsWith("\\")) {
            return "다른 사이트로 가는 // 링크";
        }
        return "허용되지 않는 링크 주소";
    }

    /** Why {@link #image} refused this value, for the writer. */
    static String refusedImage(String value) {
        String compact = compact(value);
        String scheme = scheme(compact);
        if (scheme != null && !scheme.equals("http") && !scheme.equals("https")) {
            return scheme + ": 이미지 주소";
        }
        if (scheme != null || compact.startsWith("//")) {
            return "외부 이미지 (/media/ 밖의 주소)";
        }
        return "허용되지 않는 이미지 주소";
    }

    private static String withoutSpacesAround(String value) {
        String url = value.strip();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return null;
            }
        }
        return url.isEmpty() ? null : url;
    }

    // Name the scheme a browser would see: it decodes "&#106" even without the semicolon (the
    // lexer here does not), drops tabs and newlines inside a URL and controls around it.
    private static String compact(String value) {
        String decoded = Parser.unescapeEntities(value, true);
        StringBuilder sb = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c > 0x20 && c != 0x7f) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String scheme(String compact) {
        Matcher m = SCHEME.matcher(compact);
        return m.find() ? m.group(1) : null;
    }
}
