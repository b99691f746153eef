package io.sinmun.site;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of the site as the public sees it ({@code sinmun.public-url}, e.g.
 * {@code https://www.ncitynews.kr}), for canonical links, feeds, sitemaps and the API. Never
 * derived from a request's Host header, which a client controls.
 */
@Component
public class PublicUrls {

    private static final String ARTICLES = "/articles/";

    private final String base;

    PublicUrls(@Value("${sinmun.public-url:http://localhost:8080}") String base) {
        URI uri = URI.create(base.strip());
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("sinmun.public-url must be an absolute http(s) URL: " + base);
        }
        this.base = base.strip().replaceAll("/+$", "");
    }

    /** The site's root without a trailing slash. */
    public String base() {
        return base;
    }

    /** An absolute URL for a site path ("/articles/160"). */
    public String absolute(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    public String article(long number) {
        return absolute(ARTICLES + number);
    }

    /**
     * The number in an article path ({@code /articles/} and 1 to 18 digits), else -1. By hand,
     * not a regex: the page cache and the view counter ask on every cached hit.
     */
    public static long articleNumber(String path) {
        int digits = path.length() - ARTICLES.length();
        if (digits < 1 || digits > 18 || !path.startsWith(ARTICLES)) {
            return -1;
        }
        long number = 0;
        for (int i = ARTICLES.length(); i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    public String section(String slug) {
        return absolute("/sections/" + slug);
    }
}
