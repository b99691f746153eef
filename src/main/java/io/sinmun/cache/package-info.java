/**
 * The page cache: rendered reader pages, feeds, sitemaps and public API reads kept in memory
 * (Caffeine, bounded by bytes) with their gzip form, served with strong ETags, Last-Modified and
 * 304s, and dropped exactly by the publishing events: each stored response carries the tags of
 * what it read ({@link io.sinmun.article.ArticleReads}), each event names the tags it changes.
 * Also fingerprints static assets and serves them immutable. Owns no table; hears
 * {@code ArticlePublished}, {@code ArticleUpdated}, {@code ArticleWithdrawn}, {@code SectionsChanged}
 * and {@code SiteSettingsChanged}. {@link io.sinmun.cache.PageCache} is the seam a cluster bus calls
 * to drop the same entries on every node. Fresh hits are answered by a Jetty handler in front of the
 * servlets; {@link io.sinmun.cache.PageReadListener}s hear each of them. See docs/performance.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "article", "section", "site" })
package io.sinmun.cache;
