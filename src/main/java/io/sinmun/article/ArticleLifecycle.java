package io.sinmun.article;

import java.time.Instant;

import io.sinmun.article.internal.ArticleRepository;
import io.sinmun.article.internal.BodySanitizer;
import io.sinmun.article.internal.PlainText;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.system.SeoulTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes an article's state. Every change that readers can see raises its event in the same
 * transaction, so a listener never hears of a state that was rolled back.
 */
@Service
public class ArticleLifecycle {

    private final ArticleRepository repository;
    private final BodySanitizer sanitizer;
    private final Sections sections;
    private final ApplicationEventPublisher events;
    private final SeoulTime time;

    ArticleLifecycle(ArticleRepository repository, BodySanitizer sanitizer, Sections sections,
            ApplicationEventPublisher events, SeoulTime time) {
        this.repository = repository;
        this.sanitizer = sanitizer;
        this.sections = sections;
        this.events = events;
        this.time = time;
    }

    /** Stores a new draft (body sanitized) and returns its id. */
    @Transactional
    public long createDraft(ArticleDraft draft) {
        ArticleDraft clean = validated(draft);
        return repository.insert(clean, ArticleStatus.DRAFT, hasImages(clean), time.now());
    }

    /** Publishes now: the article gets the next running number and readers see it at once. */
    @Transactional
    public Article publish(long id, boolean push, boolean breaking) {
        Article article = repository.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No article " + id));
        if (article.isPublished()) {
            throw new IllegalStateException("Article " + id + " is already published");
        }
        long number = article.number() != null ? article.number() : repository.takeNextNumber();
        Instant now = time.now();
        repository.markPublished(id, number, now);
        events.publishEvent(new ArticlePublished(id, number, article.headline(), sectionSlug(article.sectionId()), now,
                push, breaking));
        return repository.findById(id).orElseThrow();
    }

    /**
     * Brings in an article that was published elsewhere (an earlier CMS, the demo), keeping its
     * number, date and views; numbers handed out later continue above it. Raises no event: the
     * article is not news, and listeners rebuild from the database at start.
     */
    @Transactional
    public long importPublished(ArticleDraft draft, long number, Instant publishedAt, long views) {
        ArticleDraft clean = validated(draft);
        long id = repository.insert(clean, ArticleStatus.DRAFT, hasImages(clean), publishedAt);
        repository.importPublished(id, number, publishedAt, views);
        repository.raiseLastNumberTo(number);
        return id;
    }

    public boolean hasNoArticles() {
        return repository.isEmpty();
    }

    private ArticleDraft validated(ArticleDraft draft) {
        String headline = PlainText.of(draft.headline()).text();
        if (headline.isEmpty() || headline.length() > 300) {
            throw new IllegalArgumentException("제목은 1~300자여야 합니다.");
        }
        String subheadline = PlainText.of(draft.subheadline()).text();
        if (subheadline.isEmpty()) {
            subheadline = null;
        }
        else if (subheadline.length() > 500) {
            throw new IllegalArgumentException("부제는 500자까지 쓸 수 있습니다.");
        }
        String caption = PlainText.of(draft.leadImageCaption()).text();
        return new ArticleDraft(draft.sectionId(), headline, subheadline, sanitizer.sanitize(draft.bodyHtml()),
                draft.leadImageId(), caption.isEmpty() ? null : caption, draft.reporterId());
    }

    private boolean hasImages(ArticleDraft draft) {
        return draft.leadImageId() != null || sanitizer.hasImages(draft.bodyHtml());
    }

    private String sectionSlug(Long sectionId) {
        return sectionId == null ? null : sections.findById(sectionId).map(Section::slug).orElse(null);
    }
}
