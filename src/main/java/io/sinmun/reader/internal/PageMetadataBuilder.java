package io.sinmun.reader.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.sinmun.article.Article;
import io.sinmun.media.MediaImage;
import io.sinmun.media.MediaImages;
import io.sinmun.section.Section;
import io.sinmun.site.PublicUrls;
import io.sinmun.site.SiteSettings;
import io.sinmun.site.SiteSettingsService;
import io.sinmun.system.SeoulTime;

import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link PageMetadata} of list and article pages. Addresses come from
 * {@link PublicUrls}, never from the request, whose Host header a client controls.
 */
@Component
class PageMetadataBuilder {

    static final int DESCRIPTION_LENGTH = 150;
    /** Shipped with the site (static/icons), for pages without an image and papers without a logo. */
    static final String ICON = "/icons/icon-512.png";
    static final int ICON_SIZE = 512;

    private final PublicUrls urls;
    private final SiteSettingsService settings;
    private final MediaImages images;

    PageMetadataBuilder(PublicUrls urls, SiteSettingsService settings, MediaImages images) {
        this.urls = urls;
        this.settings = settings;
        this.images = images;
    }

    PageMetadata article(Article article, Section section, MediaImage leadImage) {
        SiteSettings site = settings.current();
        String canonical = urls.article(article.number());
        String description = description(article);
        PageMetadata.Image image = leadImage == null ? null
                : new PageMetadata.Image(urls.absolute(leadImage.url()), leadImage.width(), leadImage.height(),
                        article.leadImageCaption() != null ? article.leadImageCaption() : article.headline());
        String published = iso(article.publishedAt());
        String modified = iso(article.updatedAt() != null && article.updatedAt().isAfter(article.publishedAt())
                ? article.updatedAt() : article.publishedAt());
        String sectionName = section == null ? null : section.name();
        PageMetadata.Image logo = logo(site);
        ArticleJsonLd jsonLd = new ArticleJsonLd(abbreviate(article.headline(), ArticleJsonLd.MAX_HEADLINE),
                description, image == null ? null : List.of(image.url()), published, modified,
                List.of(author(article, site)),
                new ArticleJsonLd.Publisher("NewsMediaOrganization", site.siteName(), urls.absolute("/"),
                        new ArticleJsonLd.Logo("ImageObject", logo.url(), logo.width(), logo.height())),
                new ArticleJsonLd.Page("WebPage", canonical), sectionName, "ko", canonical);
        return new PageMetadata(article.headline(), description, canonical, null, null, "article", site.siteName(),
                image != null ? image : logo, image != null ? "summary_large_image" : "summary", published, modified,
                sectionName, jsonLd.toHtmlSafeJson());
    }

    /** A board list: page 1 is canonical without {@code ?page=1}; prev and next are its neighbours. */
    PageMetadata list(Board board) {
        SiteSettings site = settings.current();
        Pagination pages = board.pagination();
        String boardName = board.section() == null ? "전체기사" : board.section().name();
        String title = board.section() == null ? site.siteName() : boardName + " - " + site.siteName();
        String heading = site.siteName() + " " + boardName + (pages.page() > 1 ? " " + pages.page() + "쪽" : "");
        String headlines = board.rows().stream().map(Board.Row::headline).collect(Collectors.joining(" · "));
        String description = abbreviate(headlines.isEmpty() ? heading : heading + ": " + headlines,
                DESCRIPTION_LENGTH);
        return new PageMetadata(title, description,
                urls.absolute(Pagination.url(Boards.listPath(board.section()), pages.page())),
                pages.previous() == null ? null : urls.absolute(pages.previous()),
                pages.next() == null ? null : urls.absolute(pages.next()),
                "website", site.siteName(), logo(site), "summary", null, null, null, null);
    }

    /** The subheadline, or the start of the body text. */
    static String description(Article article) {
        if (article.subheadline() != null && !article.subheadline().isBlank()) {
            return article.subheadline();
        }
        String text = article.bodyHtml() == null ? "" : Jsoup.parseBodyFragment(article.bodyHtml()).text();
        return text.isBlank() ? article.headline() : abbreviate(text, DESCRIPTION_LENGTH);
    }

    /** At most {@code max} characters, cut at a space where one is near, with "…" when cut. */
    static String abbreviate(String text, int max) {
        String value = text.strip();
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        int end = value.offsetByCodePoints(0, max - 1);
        int space = value.lastIndexOf(' ', end);
        if (space > end - 20 && space > 0) {
            end = space;
        }
        return value.substring(0, end).strip() + "…";
    }

    /** With seconds and the +09:00 offset, as search engines expect: 2021-01-08T10:00:00+09:00. */
    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(SeoulTime.ZONE));
    }

    private static ArticleJsonLd.Party author(Article article, SiteSettings site) {
        String byline = article.reporterName();
        if (byline == null || byline.isBlank()) {
            return new ArticleJsonLd.Party("Organization", site.siteName());
        }
        // small papers often sign staff copy with the paper's own name: that is no person
        boolean paper = byline.equals(site.siteName()) || byline.equals(site.companyName());
        return new ArticleJsonLd.Party(paper ? "Organization" : "Person", byline);
    }

    private PageMetadata.Image logo(SiteSettings site) {
        Optional<MediaImage> uploaded = site.logoImageId() == null ? Optional.empty()
                : images.findById(site.logoImageId());
        return uploaded.map(logo -> new PageMetadata.Image(urls.absolute(logo.url()), logo.width(), logo.height(),
                        site.siteName()))
                .orElseGet(() -> new PageMetadata.Image(urls.absolute(ICON), ICON_SIZE, ICON_SIZE, site.siteName()));
    }
}
