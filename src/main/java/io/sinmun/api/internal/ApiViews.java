package io.sinmun.api.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleSummary;
import io.sinmun.article.Articles;
import io.sinmun.media.MediaImage;
import io.sinmun.media.MediaImages;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.site.PublicUrls;
import io.sinmun.system.SeoulTime;

import org.springframework.stereotype.Component;

/** Turns articles, sections and images into the API's JSON records, with absolute URLs and Seoul times. */
@Component
class ApiViews {

    private final Sections sections;
    private final MediaImages images;
    private final Articles articles;
    private final PublicUrls urls;

    ApiViews(Sections sections, MediaImages images, Articles articles, PublicUrls urls) {
        this.sections = sections;
        this.images = images;
        this.articles = articles;
        this.urls = urls;
    }

    ApiJson.Article article(Article a, List<String> removed) {
        List<ApiJson.Image> imageList = new ArrayList<>();
        if (a.leadImageId() != null) {
            images.findById(a.leadImageId())
                    .ifPresent(image -> imageList.add(image(image, a.leadImageCaption(), a.leadImageCredit())));
        }
        return new ApiJson.Article(a.id(), a.number(), a.headline(), a.subheadline(), slug(a.sectionId()), a.bodyHtml(),
                a.tags(), a.reporterName(), a.status().name(), seoul(a.publishedAt()), seoul(a.updatedAt()), a.views(),
                a.isPublished() ? urls.article(a.number()) : null, imageList,
                articles.corrections(a.id()).stream().map(c -> new ApiJson.Correction(c.note(), seoul(c.createdAt())))
                        .toList(),
                removed);
    }

    ApiJson.ArticleItem item(ArticleSummary s) {
        return new ApiJson.ArticleItem(s.id(), s.number(), s.headline(), slug(s.sectionId()), s.reporterName(),
                s.hasImages(), seoul(s.publishedAt()), s.views(), urls.article(s.number()));
    }

    ApiJson.Image image(MediaImage image, String caption, String credit) {
        return new ApiJson.Image(image.id(), urls.absolute(image.url()), image.width(), image.height(), caption,
                credit, variants(image));
    }

    /** The resized copies, narrowest first, then the original. */
    List<ApiJson.Variant> variants(MediaImage image) {
        List<ApiJson.Variant> variants = new ArrayList<>();
        image.variants().forEach(v -> variants.add(new ApiJson.Variant(v.width(), v.height(), urls.absolute(v.url()))));
        variants.add(new ApiJson.Variant(image.width(), image.height(), urls.absolute(image.url())));
        return variants;
    }

    ApiJson.Section section(Section s) {
        return new ApiJson.Section(s.slug(), s.name(), s.position(), urls.section(s.slug()));
    }

    private String slug(Long sectionId) {
        return sectionId == null ? null : sections.findById(sectionId).map(Section::slug).orElse(null);
    }

    static OffsetDateTime seoul(Instant instant) {
        return instant == null ? null : instant.atZone(SeoulTime.ZONE).toOffsetDateTime();
    }
}
