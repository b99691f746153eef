package io.sinmun.cache.internal;

import java.util.Objects;

import io.sinmun.article.ArticlePublished;
import io.sinmun.article.ArticleReads;
import io.sinmun.article.ArticleUpdated;
import io.sinmun.article.ArticleWithdrawn;
import io.sinmun.article.Articles;
import io.sinmun.cache.PageCache;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.section.SectionsChanged;
import io.sinmun.site.SiteSettingsChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the publishing events into the tags they change (the rule is in
 * {@link ArticleReads#tagsOf}) and drops those pages. Plain after-commit listeners, not
 * {@code @ApplicationModuleListener}: the very next request must not get the old page, and a drop
 * lost in a crash costs nothing, as the cache starts empty.
 */
@Component
class PageCacheInvalidation {

    private final PageCache cache;
    private final Sections sections;
    private final Articles articles;

    PageCacheInvalidation(PageCache cache, Sections sections, Articles articles) {
        this.cache = cache;
        this.sections = sections;
        this.articles = articles;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished published) {
        cache.invalidate(ArticleReads.tagsOf(published, sectionId(published.sectionSlug())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleWithdrawn withdrawn) {
        cache.invalidate(ArticleReads.tagsOf(withdrawn, sectionId(withdrawn.sectionSlug())));
    }

    /**
     * An edit drops the article wherever it is shown. A section move raises a second event
     * naming the old section: the article is no longer there, so both sections' lists go too.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleUpdated updated) {
        Long named = sectionId(updated.sectionSlug());
        Long current = articles.findPublished(updated.number()).map(a -> a.sectionId()).orElse(named);
        cache.invalidate(Objects.equals(named, current) ? ArticleReads.tagsOf(updated)
                : ArticleReads.tagsOfMove(updated.number(), named, current));
    }

    /** Every page shows the section menu and the site's name and footer. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(SectionsChanged changed) {
        cache.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SiteSettingsChanged changed) {
        cache.invalidateAll();
    }

    private Long sectionId(String slug) {
        return slug == null ? null : sections.findBySlug(slug).map(Section::id).orElse(null);
    }
}
