package io.sinmun.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.sinmun.article.internal.ArticleRepository;
import io.sinmun.article.internal.CorrectionRepository;
import io.sinmun.article.internal.RevisionRepository;

import org.springframework.stereotype.Service;

/** Reads articles for readers, the newsroom and other modules. Only published articles are returned by number. */
@Service
public class Articles {

    private final ArticleRepository repository;
    private final RevisionRepository revisions;
    private final CorrectionRepository corrections;

    Articles(ArticleRepository repository, RevisionRepository revisions, CorrectionRepository corrections) {
        this.repository = repository;
        this.revisions = revisions;
        this.corrections = corrections;
    }

    public Optional<Article> findById(long id) {
        return repository.findById(id).map(a -> a.withTags(repository.tagsOf(id)));
    }

    /** A published article by its running number; empty for unknown, draft or withdrawn ones. */
    public Optional<Article> findPublished(long number) {
        return repository.findPublishedByNumber(number).map(a -> a.withTags(repository.tagsOf(a.id())));
    }

    /** A page (1-based) of the board list, newest first; in one section when {@code sectionId} is given. */
    public List<ArticleSummary> listPublished(Long sectionId, int page, int pageSize) {
        return repository.listPublished(sectionId, (long) (page - 1) * pageSize, pageSize);
    }

    /** Published articles older than the given number, newest first (the API's cursor paging). */
    public List<ArticleSummary> listPublishedBefore(Long sectionId, long beforeNumber, int limit) {
        return repository.listPublishedBefore(sectionId, beforeNumber, limit);
    }

    public long countPublished(Long sectionId) {
        return repository.countPublished(sectionId);
    }

    public long countPublishedSince(Instant since, Long sectionId) {
        return repository.countPublishedSince(since, sectionId);
    }

    /** The 1-based page of the board list (in the section, if given) that shows this article. */
    public int pageOf(long number, Long sectionId, int pageSize) {
        return (int) (repository.countNewerThan(number, sectionId) / pageSize) + 1;
    }

    /** The next older published article ("이전 기사"). */
    public Optional<ArticleSummary> older(long number, Long sectionId) {
        return repository.older(number, sectionId);
    }

    /** The next newer published article ("다음 기사"). */
    public Optional<ArticleSummary> newer(long number, Long sectionId) {
        return repository.newer(number, sectionId);
    }

    /** The newsroom's list: any status; every filter optional; most recently changed first. */
    public List<ArticleSummary> search(ArticleFilter filter, int page, int pageSize) {
        return repository.search(filter.statusName(), filter.sectionId(), filter.reporterId(), filter.title(),
                (long) (page - 1) * pageSize, pageSize);
    }

    public long count(ArticleFilter filter) {
        return repository.countSearch(filter.statusName(), filter.sectionId(), filter.reporterId(), filter.title());
    }

    /** Every saved version, newest first. */
    public List<ArticleRevision> revisions(long articleId) {
        return revisions.all(articleId);
    }

    public Optional<ArticleRevision> revision(long articleId, int revisionNo) {
        return revisions.find(articleId, revisionNo);
    }

    /** Corrections printed under the article, oldest first. */
    public List<ArticleCorrection> corrections(long articleId) {
        return corrections.of(articleId);
    }
}
