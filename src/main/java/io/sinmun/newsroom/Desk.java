package io.sinmun.newsroom;

import java.time.Instant;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.ArticleRejectedException;
import io.sinmun.article.ArticleStatus;
import io.sinmun.article.Articles;
import io.sinmun.article.SaveResult;
import io.sinmun.media.MediaImages;
import io.sinmun.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's rules on articles, for the browser UI and the API alike: reporters write and
 * submit their own drafts; the desk (editors and admins) edits anything, publishes, schedules,
 * withdraws and corrects. Each action is checked here, done through {@link ArticleLifecycle} and
 * written to the audit trail in the same transaction.
 */
@Service
public class Desk {

    private final ArticleLifecycle lifecycle;
    private final Articles articles;
    private final MediaImages images;
    private final AuditLog audit;

    Desk(ArticleLifecycle lifecycle, Articles articles, MediaImages images, AuditLog audit) {
        this.lifecycle = lifecycle;
        this.articles = articles;
        this.images = images;
        this.audit = audit;
    }

    /** May this person change this article's content now? */
    public boolean canEdit(Staff who, Article article) {
        return who.role().isDesk() || (isOwn(who, article) && article.status() == ArticleStatus.DRAFT);
    }

    public boolean canPublish(Staff who) {
        return who.role().isDesk();
    }

    @Transactional
    public SaveResult create(Staff who, ArticleDraft draft) {
        SaveResult result = lifecycle.createDraftReporting(checked(who, draft), who.username());
        audit.record(who.username(), "기사 작성", describe(result.article()), null);
        return result;
    }

    @Transactional
    public SaveResult save(Staff who, long id, ArticleDraft draft, long version) {
        Article article = editable(who, id);
        SaveResult result = lifecycle.update(id, checked(who, draft, article), version, who.username());
        audit.record(who.username(), "기사 저장", describe(result.article()), statusNote(result.article()));
        return result;
    }

    /** Autosaves are not audited one by one: the revision history shows them. */
    @Transactional
    public SaveResult autosave(Staff who, long id, ArticleDraft draft, long version) {
        Article article = editable(who, id);
        return lifecycle.autosave(id, checked(who, draft, article), version, who.username());
    }

    @Transactional
    public SaveResult restore(Staff who, long id, int revisionNo, long version) {
        editable(who, id);
        SaveResult result = lifecycle.restore(id, revisionNo, version, who.username());
        audit.record(who.username(), "판 되돌리기", describe(result.article()), revisionNo + "판으로");
        return result;
    }

    @Transactional
    public Article submit(Staff who, long id) {
        Article article = load(id);
        if (!who.role().isDesk() && !isOwn(who, article)) {
            throw new AccessDeniedException("not the writer");
        }
        Article submitted = lifecycle.submit(id);
        audit.record(who.username(), "송고", describe(submitted), null);
        return submitted;
    }

    @Transactional
    public Article returnToDraft(Staff who, long id) {
        requireDesk(who);
        Article article = lifecycle.returnToDraft(id);
        audit.record(who.username(), "반려", describe(article), null);
        return article;
    }

    @Transactional
    public Article publish(Staff who, long id, boolean push, boolean breaking) {
        requireDesk(who);
        Article article = lifecycle.publish(id, push, breaking);
        audit.record(who.username(), "발행", describe(article), flags(push, breaking));
        return article;
    }

    @Transactional
    public Article schedule(Staff who, long id, Instant when, boolean push, boolean breaking) {
        requireDesk(who);
        Article article = lifecycle.schedule(id, when, push, breaking);
        audit.record(who.username(), "예약 발행", describe(article), when + " " + flags(push, breaking));
        return article;
    }

    @Transactional
    public Article withdraw(Staff who, long id) {
        requireDesk(who);
        Article article = lifecycle.withdraw(id);
        audit.record(who.username(), "기사 내림", describe(article), null);
        return article;
    }

    @Transactional
    public Article correct(Staff who, long id, String note) {
        requireDesk(who);
        Article article = lifecycle.correct(id, note, who.displayName());
        audit.record(who.username(), "정정", describe(article), note);
        return article;
    }

    private Article editable(Staff who, long id) {
        Article article = load(id);
        if (!canEdit(who, article)) {
            throw new AccessDeniedException("not allowed to edit article " + id);
        }
        return article;
    }

    private ArticleDraft checked(Staff who, ArticleDraft draft) {
        return checked(who, draft, null);
    }

    /** Reporters always write under their own byline; a lead image must be one we have. */
    private ArticleDraft checked(Staff who, ArticleDraft draft, Article existing) {
        if (draft.leadImageId() != null && images.findById(draft.leadImageId()).isEmpty()) {
            throw new ArticleRejectedException("없는 사진입니다. 사진을 다시 올려 주세요.");
        }
        Long reporter = who.role().isDesk()
                ? (draft.reporterId() != null ? draft.reporterId()
                        : existing != null ? existing.reporterId() : who.reporterId())
                : who.reporterId();
        return new ArticleDraft(draft.sectionId(), draft.headline(), draft.subheadline(), draft.bodyHtml(),
                draft.leadImageId(), draft.leadImageCaption(), draft.leadImageCredit(), reporter, draft.tags());
    }

    private static void requireDesk(Staff who) {
        if (!who.role().isDesk()) {
            throw new AccessDeniedException("desk only");
        }
    }

    private static boolean isOwn(Staff who, Article article) {
        return who.reporterId() != null && who.reporterId().equals(article.reporterId());
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("기사를 찾을 수 없습니다: " + id));
    }

    private static String describe(Article article) {
        return "#" + article.id() + (article.number() != null ? " (no. " + article.number() + ")" : "") + " "
                + article.headline();
    }

    private static String statusNote(Article article) {
        return article.isPublished() ? "발행된 기사 수정" : null;
    }

    private static String flags(boolean push, boolean breaking) {
        return (push ? "푸시" : "") + (breaking ? (push ? ", " : "") + "속보" : "");
    }
}
