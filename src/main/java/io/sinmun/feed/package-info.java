/**
 * Distribution: RSS 2.0 and Atom 1.0 feeds of the newest articles (site-wide and per section),
 * the sitemaps (an index over article pages by blocks of running numbers, the front and section
 * pages, Google News) and {@code robots.txt}. Owns no table and publishes nothing; reads articles,
 * sections, images and the site settings through their APIs, and hears
 * {@link io.sinmun.article.ArticlePublished}, {@link io.sinmun.article.ArticleUpdated} and
 * {@link io.sinmun.article.ArticleWithdrawn} to refresh the one block of the sitemap index they touch.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "article", "section", "site",
        "media", "cluster" })
package io.sinmun.feed;
