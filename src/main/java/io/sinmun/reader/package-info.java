/**
 * What readers see and do: the board list ({@code /}, {@code /sections/{slug}}), the article page
 * ({@code /articles/{no}}) and view counting, once per reader, article and Seoul day. Owns
 * {@code reader_view}, {@code reader_view_daily} and {@code reader_secret}. Hears the page cache's
 * hits through {@link io.sinmun.cache.PageReadListener}, so a view counts whether or not the page
 * was rendered. Reads articles, sections, images and the site settings through their APIs; adds
 * counted views through {@link io.sinmun.article.ArticleViews}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "article", "section", "media",
        "site", "cluster", "cache" })
package io.sinmun.reader;
