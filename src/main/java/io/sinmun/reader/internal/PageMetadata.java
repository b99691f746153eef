package io.sinmun.reader.internal;

/**
 * What a reader page says about itself in its {@code <head>}: the description and canonical
 * address for search engines, neighbouring list pages, Open Graph and Twitter card values for
 * link previews, and on article pages the JSON-LD. Every address is absolute, from
 * {@code sinmun.public-url}. Rendered by {@code reader/meta.html}.
 *
 * @param jsonLd a {@code NewsArticle} JSON-LD document already escaped for a script element, or null
 */
public record PageMetadata(String title, String description, String canonical, String prev, String next, String type,
        String siteName, Image image, String twitterCard, String publishedTime, String modifiedTime,
        String section, String jsonLd) {

    static final String LOCALE = "ko_KR";

    /** An absolute image address with its size, which link previews need to lay out a card. */
    public record Image(String url, int width, int height, String alt) {
    }

    public String locale() {
        return LOCALE;
    }
}
