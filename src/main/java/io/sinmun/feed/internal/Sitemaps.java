package io.sinmun.feed.internal;

import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import io.sinmun.article.ArticleSummary;
import io.sinmun.article.Articles;
import io.sinmun.article.PublishedBlock;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.site.PublicUrls;
import io.sinmun.site.SiteSettingsService;
import io.sinmun.system.SeoulTime;

import org.springframework.stereotype.Component;

/**
 * Writes the sitemaps. Article pages cover fixed blocks of running numbers (page n: numbers
 * (n-1)·size+1 to n·size), so a page's URL and content stay put as the paper grows and a page
 * is one range scan of the number index, streamed row by row, whatever the total.
 */
@Component
class Sitemaps {

    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int NEWS_LIMIT = 1000;
    // what a board's first page lists; its newest change is the list page's lastmod
    private static final int BOARD_PAGE = 20;

    private final Articles articles;
    private final Sections sections;
    private final SiteSettingsService siteSettings;
    private final PublicUrls urls;
    private final SitemapBlocks blocks;
    private final SeoulTime time;

    Sitemaps(Articles articles, Sections sections, SiteSettingsService siteSettings, PublicUrls urls,
            SitemapBlocks blocks, SeoulTime time) {
        this.articles = articles;
        this.sections = sections;
        this.siteSettings = siteSettings;
        this.urls = urls;
        this.blocks = blocks;
        this.time = time;
    }

    void writeIndex(OutputStream out) {
        List<Listed> lists = lists();
        try (SitemapXml xml = SitemapXml.index(out)) {
            xml.sitemap(urls.absolute("/sitemap-pages.xml"), lists.stream().map(Listed::lastModified)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null));
            for (PublishedBlock block : blocks.current()) {
                xml.sitemap(urls.absolute("/sitemap-articles-" + (block.index() + 1) + ".xml"), block.lastUpdated());
            }
        }
    }

    /** The front page and every section's list. */
    void writePages(OutputStream out) {
        List<Listed> lists = lists();
        try (SitemapXml xml = SitemapXml.urlset(out, false)) {
            lists.forEach(list -> xml.url(list.url(), list.lastModified()));
        }
    }

    /**
     * Writes page {@code page} (from 1) if it holds a published article; false, with nothing
     * written and {@code out} never asked for, when it holds none or lies past the newest number.
     */
    boolean writeArticles(long page, Supplier<OutputStream> out) {
        long size = blocks.pageSize();
        long first = (page - 1) * size + 1;
        if (page < 1 || articles.highestPublishedNumber().map(highest -> first > highest).orElse(true)) {
            return false;
        }
        Page writer = new Page(out);
        articles.forEachPublished(first, page * size, stamp -> writer.open()
                .url(urls.article(stamp.number()), stamp.updatedAt()));
        return writer.finish();
    }

    /** Articles first published in the last 48 hours, newest first, at most 1,000 (Google News' limits). */
    void writeNews(OutputStream out) {
        List<ArticleSummary> recent = articles.publishedSince(time.now().minus(NEWS_WINDOW), NEWS_LIMIT);
        String publication = siteSettings.current().siteName();
        try (SitemapXml xml = SitemapXml.urlset(out, true)) {
            recent.forEach(a -> xml.newsUrl(urls.article(a.number()), publication, a.publishedAt(), a.headline()));
        }
    }

    private List<Listed> lists() {
        List<Listed> lists = new ArrayList<>();
        lists.add(new Listed(urls.base() + "/", newestChange(null)));
        for (Section section : sections.all()) {
            lists.add(new Listed(urls.section(section.slug()), newestChange(section.id())));
        }
        return lists;
    }

    private Instant newestChange(Long sectionId) {
        return articles.listPublished(sectionId, 1, BOARD_PAGE).stream().map(ArticleSummary::updatedAt)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private record Listed(String url, Instant lastModified) {
    }

    /** Starts the document at the first row, so an empty page can still become a 404. */
    private static final class Page {

        private final Supplier<OutputStream> out;
        private SitemapXml xml;

        Page(Supplier<OutputStream> out) {
            this.out = out;
        }

        SitemapXml open() {
            if (xml == null) {
                xml = SitemapXml.urlset(out.get(), false);
            }
            return xml;
        }

        /** Ends the document; false when no row came and nothing was written. */
        boolean finish() {
            if (xml == null) {
                return false;
            }
            xml.close();
            return true;
        }
    }
}
