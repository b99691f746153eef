package io.sinmun.feed.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.sinmun.article.Article;
import io.sinmun.article.Articles;
import io.sinmun.media.MediaImages;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.site.PublicUrls;
import io.sinmun.site.SiteSettings;
import io.sinmun.site.SiteSettingsService;

import org.springframework.stereotype.Component;

/**
 * Builds the feeds: the newest {@value #SIZE} published articles, site-wide or of one section.
 * {@link #version} answers conditional requests from the cheap list query alone, so an
 * unchanged feed is never rendered.
 */
@Component
class Feeds {

    static final int SIZE = 50;

    private final Articles articles;
    private final Sections sections;
    private final MediaImages images;
    private final SiteSettingsService siteSettings;
    private final PublicUrls urls;
    private final ArticleText text;
    private final FeedProperties properties;

    Feeds(Articles articles, Sections sections, MediaImages images, SiteSettingsService siteSettings,
            PublicUrls urls, ArticleText text, FeedProperties properties) {
        this.articles = articles;
        this.sections = sections;
        this.images = images;
        this.siteSettings = siteSettings;
        this.urls = urls;
        this.text = text;
        this.properties = properties;
    }

    /** The version of what {@link #render} would write now. */
    FeedVersion version(Section section, FeedFormat format) {
        return version(section, format, articles.listPublished(idOf(section), 1, SIZE).stream()
                .map(s -> new Listed(s.number(), s.updatedAt(), s.headline(), s.reporterName(), s.sectionId()))
                .toList());
    }

    RenderedFeed render(Section section, FeedFormat format) {
        List<Article> latest = articles.latestPublished(idOf(section), SIZE);
        FeedVersion version = version(section, format, latest.stream()
                .map(a -> new Listed(a.number(), a.updatedAt(), a.headline(), a.reporterName(), a.sectionId()))
                .toList());
        SiteSettings settings = siteSettings.current();
        Map<Long, Section> sectionsById = sections.all().stream()
                .collect(Collectors.toMap(Section::id, Function.identity()));
        String title = section == null ? settings.siteName() : settings.siteName() + " - " + section.name();
        String path = section == null ? "/" : "/sections/" + section.slug() + "/";
        FeedChannel channel = new FeedChannel(XmlText.clean(title),
                XmlText.clean(settings.tagline().isBlank() ? title : settings.tagline()),
                section == null ? urls.base() + "/" : urls.section(section.slug()),
                urls.absolute(path + format.fileName()), XmlText.clean(settings.copyright()),
                XmlText.clean(settings.siteName()), version.lastModified());
        List<FeedItem> items = latest.stream().map(article -> item(article, sectionsById)).toList();
        return new RenderedFeed(version, RomeFeeds.write(format, channel, items).getBytes(StandardCharsets.UTF_8));
    }

    private FeedItem item(Article article, Map<Long, Section> sectionsById) {
        Section section = article.sectionId() == null ? null : sectionsById.get(article.sectionId());
        String author = article.reporterName() == null || article.reporterName().isBlank() ? null
                : XmlText.clean(article.reporterName());
        FeedItem.Image image = article.leadImageId() == null ? null : images.findById(article.leadImageId())
                .map(found -> new FeedItem.Image(urls.absolute(found.url()), found.contentType(), found.byteSize(),
                        found.width(), found.height()))
                .orElse(null);
        return new FeedItem(XmlText.clean(article.headline()), urls.article(article.number()), article.publishedAt(),
                article.updatedAt(), author, section == null ? null : XmlText.clean(section.name()),
                XmlText.clean(text.summary(article.bodyHtml())),
                properties.fullText() ? XmlText.clean(text.fullHtml(article.bodyHtml())) : null, image);
    }

    /**
     * A strong ETag over everything the feed shows (the listed articles' numbers, changes,
     * headlines and bylines, section names, the site's name, tagline and copyright, the format
     * and full-text switch) and Last-Modified from the newest change among the listed numbers,
     * withdrawals included.
     */
    private FeedVersion version(Section section, FeedFormat format, List<Listed> listed) {
        long lowest = listed.isEmpty() ? 0 : listed.get(listed.size() - 1).number();
        Instant lastChange = articles.lastChangeFrom(lowest, idOf(section)).orElse(null);
        SiteSettings settings = siteSettings.current();
        StringBuilder state = new StringBuilder().append(format).append('|').append(properties.fullText())
                .append('|').append(urls.base()).append('|').append(section == null ? "" : section.slug())
                .append('|').append(settings.siteName()).append('|').append(settings.tagline()).append('|')
                .append(settings.copyright()).append('|').append(lastChange);
        sections.all().forEach(s -> state.append('|').append(s.id()).append('=').append(s.name()));
        listed.forEach(l -> state.append('\n').append(l));
        return new FeedVersion('"' + sha256(state.toString()) + '"', lastChange);
    }

    private static Long idOf(Section section) {
        return section == null ? null : section.id();
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 16));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** What of a listed article the feed shows, apart from the body (a body edit moves updatedAt). */
    private record Listed(long number, Instant updatedAt, String headline, String reporterName, Long sectionId) {
    }

    /** {@code etag} is quoted; {@code lastModified} is null for a paper that never published. */
    record FeedVersion(String etag, Instant lastModified) {

        long lastModifiedMillis() {
            return lastModified == null ? -1 : lastModified.toEpochMilli();
        }
    }

    record RenderedFeed(FeedVersion version, byte[] body) {
    }
}
