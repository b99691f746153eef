package io.sinmun.cache.internal;

import java.util.regex.Pattern;

import io.sinmun.site.PublicUrls;

/**
 * The addresses whose answers may be stored: what every anonymous reader gets alike. Anything
 * else (the newsroom, login, search, the push API and its event stream, media, static files) is
 * never touched. A response is stored only if it is a 200 without a cookie.
 */
final class CacheablePaths {

    private static final Pattern PAGES = Pattern.compile(String.join("|",
            "/", "/articles/\\d{1,18}", "/sections/[a-z0-9-]{1,60}", "/sections/[a-z0-9-]{1,60}/(rss|atom)\\.xml",
            "/(rss|atom)\\.xml", "/sitemap(-[a-z0-9-]{1,40})?\\.xml", "/robots\\.txt",
            "/api/v1/articles", "/api/v1/articles/popular", "/api/v1/articles/\\d{1,18}", "/api/v1/sections",
            "/api/v1/site"));

    private CacheablePaths() {
    }

    static boolean matches(String path) {
        // the front page and articles, most of the traffic, without the regex
        return path.equals("/") || PublicUrls.articleNumber(path) >= 0 || PAGES.matcher(path).matches();
    }

    /** Pages that show live numbers (view counts, most read, "오늘 N"): HTML and the API's JSON. */
    static boolean isLive(String contentType) {
        return contentType != null && (contentType.startsWith("text/html") || contentType.contains("json"));
    }

    static boolean isText(String contentType) {
        return contentType != null && (contentType.startsWith("text/") || contentType.contains("json")
                || contentType.contains("xml") || contentType.contains("javascript"));
    }
}
