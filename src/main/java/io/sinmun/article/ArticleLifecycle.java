package io.sinmun.article;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.sinmun.article.internal.ArticleRepository;
import io.sinmun.article.internal.ArticleRepository.DueArticle;
import io.sinmun.article.internal.BodySanitizer;
import io.sinmun.article.internal.CorrectionRepository;
import io.sinmun.article.internal.DraftValidator;
import io.sinmun.article.internal.DraftValidator.CleanDraft;
import io.sinmun.article.internal.PublishedCounts;
import io.sinmun.article.internal.RevisionRepository;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.system.SeoulTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes an article's content and state: DRAFT → SUBMITTED → PUBLISHED, SCHEDULED, WITHDRAWN.
 * Every content save keeps a revision; every change readers can see raises its event in the same
 * transaction, so a listener never hears of a state that was rolled back. Who may do what is the
 * newsroom's rule; this class enforces what the workflow allows at all.
 */
@Service
public class ArticleLifecycle {

    private static final List<String> PUBLISHABLE = List.of("DRAFT", "SUBMITTED", "SCHEDULED", "WITHDRAWN");
    private static final Duration AUTOSAVE_COALESCE = Duration.ofMinutes(10);

    private final ArticleRepository repository;
    private final RevisionRepository revisions;
    private final CorrectionRepository corrections;
    private final BodySanitizer sanitizer;
    private final DraftValidator validator;
    private final Sections sections;
    private final ApplicationEventPublisher events;
    private final SeoulTime time;
    private final PublishedCounts counts;

    ArticleLifecycle(ArticleRepository repository, RevisionRepository revisions, CorrectionRepository corrections,
            BodySanitizer sanitizer, DraftValidator validator, Sections sections, ApplicationEventPublisher events,
            SeoulTime time, PublishedCounts counts) {
        this.counts = counts;
        this.repository = repository;
        this.revisions = revisions;
        this.corrections = corrections;
        this.sanitizer = sanitizer;
        this.validator = validator;
        this.sections = sections;
        this.events = events;
        this.time = time;
    }

    /** Stores a new draft (body sanitized) with its first revision and returns its id. */
    @Transactional
    public long createDraft(ArticleDraft draft, String actor) {
        return createDraftReporting(draft, actor).article().id();
    }

    /** As {@link #createDraft}, also telling what the sanitizer removed. */
    @Transactional
    public SaveResult createDraftReporting(ArticleDraft draft, String actor) {
        CleanDraft cleaned = validator.clean(draft);
        Instant now = time.now();
        long id = repository.insert(cleaned.draft(), ArticleStatus.DRAFT, hasImages(cleaned.draft()), now);
        repository.replaceTags(id, cleaned.draft().tags());
        revisions.insert(id, cleaned.draft(), actor, false, now);
        return new SaveResult(load(id), cleaned.removed());
    }

    /**
     * Saves new content over version {@code expectedVersion}. A published article changes for
     * readers at once and raises {@link ArticleUpdated}.
     */
    @Transactional
    public SaveResult update(long id, ArticleDraft draft, long expectedVersion, String actor) {
        return save(id, draft, expectedVersion, actor, false);
    }

    /**
     * Saves a draft in progress. Only unpublished articles: an autosave must never change what
     * readers see. Consecutive autosaves by one writer within ten minutes share one revision.
     */
    @Transactional
    public SaveResult autosave(long id, ArticleDraft draft, long expectedVersion, String actor) {
        Article current = load(id);
        if (current.status() != ArticleStatus.DRAFT && current.status() != ArticleStatus.SUBMITTED) {
            throw new ArticleRejectedException("발행·예약된 기사는 자동 저장하지 않습니다. 저장 버튼을 눌러 주세요.");
        }
        return save(id, draft, expectedVersion, actor, true);
    }

    /** Restores an earlier revision's content as a new save. */
    @Transactional
    public SaveResult restore(long id, int revisionNo, long expectedVersion, String actor) {
        ArticleRevision revision = revisions.find(id, revisionNo)
                .orElseThrow(() -> new ArticleRejectedException("없는 판입니다: " + revisionNo));
        return save(id, revision.toDraft(), expectedVersion, actor, false);
    }

    /** A reporter hands the draft to the desk. */
    @Transactional
    public Article submit(long id) {
        return transition(id, List.of("DRAFT"), ArticleStatus.SUBMITTED, "초안만 데스크에 넘길 수 있습니다.");
    }

    /** The desk sends a submitted or scheduled article back to its writer. */
    @Transactional
    public Article returnToDraft(long id) {
        return transition(id, List.of("SUBMITTED", "SCHEDULED"), ArticleStatus.DRAFT,
                "송고되었거나 예약된 기사만 되돌릴 수 있습니다.");
    }

    /** Publishes now: a first publication takes the next running number; readers see it at once. */
    @Transactional
    public Article publish(long id, boolean push, boolean breaking) {
        Article article = load(id);
        if (article.isPublished()) {
            throw new ArticleRejectedException("이미 발행된 기사입니다.");
        }
        long number = article.number() != null ? article.number() : repository.takeNextNumber();
        Instant now = time.now();
        if (!repository.markPublished(id, number, now, PUBLISHABLE)) {
            throw ArticleRejectedException.conflict();
        }
        Article published = load(id);
        counted(published, 1);
        events.publishEvent(new ArticlePublished(id, number, published.headline(), sectionSlug(published.sectionId()),
                published.publishedAt(), push, breaking));
        return published;
    }

    /** Publishes later, by the scheduled-publishing job, even across restarts. */
    @Transactional
    public Article schedule(long id, Instant when, boolean push, boolean breaking) {
        if (!when.isAfter(time.now())) {
            throw new ArticleRejectedException("예약 시각은 지금보다 뒤여야 합니다.");
        }
        if (!repository.schedule(id, when, push, breaking, List.of("DRAFT", "SUBMITTED", "SCHEDULED", "WITHDRAWN"),
                time.now())) {
            throw new ArticleRejectedException(stateMessage(id, "발행된 기사는 예약할 수 없습니다."));
        }
        return load(id);
    }

    /**
     * Publishes every scheduled article whose time has come. Each one is claimed by a
     * conditional update, so with several nodes each article is published exactly once.
     */
    @Transactional
    public List<Article> publishDue(int limit) {
        List<Article> published = new ArrayList<>();
        for (DueArticle due : repository.dueScheduled(time.now(), limit)) {
            Article article = load(due.id());
            long number = article.number() != null ? article.number() : repository.takeNextNumber();
            if (repository.markPublished(due.id(), number, time.now(), List.of("SCHEDULED"))) {
                Article now = load(due.id());
                counted(now, 1);
                events.publishEvent(new ArticlePublished(now.id(), number, now.headline(),
                        sectionSlug(now.sectionId()), now.publishedAt(), due.push(), due.breaking()));
                published.add(now);
            }
        }
        return published;
    }

    /** Takes a published article down; it keeps its number, and may be published again. */
    @Transactional
    public Article withdraw(long id) {
        Article article = transition(id, List.of("PUBLISHED"), ArticleStatus.WITHDRAWN, "발행된 기사만 내릴 수 있습니다.");
        counted(article, -1);
        events.publishEvent(new ArticleWithdrawn(id, article.number(), sectionSlug(article.sectionId()),
                article.updatedAt()));
        return article;
    }

    /** Adds a correction note (정정) under a published article. */
    @Transactional
    public Article correct(long id, String note, String actor) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new ArticleRejectedException("정정 내용은 1~2,000자여야 합니다.");
        }
        Article article = load(id);
        if (!article.isPublished()) {
            throw new ArticleRejectedException("발행된 기사에만 정정을 달 수 있습니다.");
        }
        Instant now = time.now();
        corrections.insert(id, text, actor, now);
        events.publishEvent(new ArticleUpdated(id, article.number(), article.headline(),
                sectionSlug(article.sectionId()), now));
        return article;
    }

    /**
     * Brings in an article that was published elsewhere (an earlier CMS, the demo), keeping its
     * number, date and views; numbers handed out later continue above it. Raises no event: the
     * article is not news, and listeners rebuild from the database at start.
     */
    @Transactional
    public long importPublished(ArticleDraft draft, long number, Instant publishedAt, long views) {
        CleanDraft cleaned = validator.clean(draft);
        long id = repository.insert(cleaned.draft(), ArticleStatus.DRAFT, hasImages(cleaned.draft()), publishedAt);
        repository.replaceTags(id, cleaned.draft().tags());
        repository.importPublished(id, number, publishedAt, views);
        repository.raiseLastNumberTo(number);
        counts.add(number, cleaned.draft().sectionId(), publishedAt, 1, true);
        counts.touch(number, publishedAt);
        revisions.insert(id, cleaned.draft(), "가져오기", false, publishedAt);
        return id;
    }

    public boolean hasNoArticles() {
        return repository.isEmpty();
    }

    private SaveResult save(long id, ArticleDraft draft, long expectedVersion, String actor, boolean autosave) {
        Article before = load(id);
        CleanDraft cleaned = validator.clean(draft);
        Instant now = time.now();
        if (!repository.updateContent(id, cleaned.draft(), hasImages(cleaned.draft()), now, expectedVersion)) {
            throw ArticleRejectedException.conflict();
        }
        repository.replaceTags(id, cleaned.draft().tags());
        if (autosave) {
            revisions.latest(id).filter(r -> r.autosave() && r.author().equals(actor)
                    && r.createdAt().isAfter(now.minus(AUTOSAVE_COALESCE))).ifPresent(r -> revisions.delete(r.id()));
        }
        revisions.insert(id, cleaned.draft(), actor, autosave, now);
        Article after = load(id);
        if (after.isPublished()) {
            counts.touch(after.number(), now);
            if (!java.util.Objects.equals(before.sectionId(), after.sectionId())) {
                counts.add(after.number(), before.sectionId(), after.publishedAt(), -1, false);
                counts.add(after.number(), after.sectionId(), after.publishedAt(), 1, false);
            }
            events.publishEvent(new ArticleUpdated(id, after.number(), after.headline(),
                    sectionSlug(after.sectionId()), now));
        }
        if (before.isPublished() && after.sectionId() != null && !after.sectionId().equals(before.sectionId())) {
            // the old section's lists lose the article too; ArticleUpdated names only the new one
            events.publishEvent(new ArticleUpdated(id, after.number(), after.headline(),
                    sectionSlug(before.sectionId()), now));
        }
        return new SaveResult(after, cleaned.removed());
    }

    /** Keeps the maintained counts in step with a publication (+1) or withdrawal (-1), in this transaction. */
    private void counted(Article article, int delta) {
        counts.add(article.number(), article.sectionId(), article.publishedAt(), delta, true);
        if (delta > 0) {
            counts.touch(article.number(), article.updatedAt());
        }
        else {
            counts.recomputeLastChange(article.number());
        }
    }

    private Article transition(long id, List<String> from, ArticleStatus to, String refusal) {
        if (!repository.changeStatus(id, from, to.name(), time.now())) {
            throw new ArticleRejectedException(stateMessage(id, refusal));
        }
        return load(id);
    }

    private String stateMessage(long id, String refusal) {
        load(id); // an unknown id is "not found", not a workflow refusal
        return refusal;
    }

    private Article load(long id) {
        Article article = repository.findById(id)
                .orElseThrow(() -> new io.sinmun.system.NotFoundException("기사를 찾을 수 없습니다: " + id));
        return article.withTags(repository.tagsOf(id));
    }

    private boolean hasImages(ArticleDraft draft) {
        return draft.leadImageId() != null || sanitizer.hasImages(draft.bodyHtml());
    }

    private String sectionSlug(Long sectionId) {
        return sectionId == null ? null : sections.findById(sectionId).map(Section::slug).orElse(null);
    }
}
