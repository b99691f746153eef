package io.sinmun.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.sinmun.article.internal.ArticleRepository;
import io.sinmun.article.internal.CorrectionRepository;
import io.sinmun.article.internal.PublishedCounts;
import io.sinmun.article.internal.RevisionRepository;

import org.springframework.stereotype.Service;

/** Reads articles for readers, the newsroom and other modules. Only published articles are returned by number. */
@Service
public class Articles {

    private final ArticleRepository repository;
    private final RevisionRepository revisions;
    private final CorrectionRepository corrections;
    private final PublishedCounts counts;

    Articles(ArticleRepository repository, RevisionRepository revisions, CorrectionRepository corrections,
            PublishedCounts counts) {
        this.counts = counts;
        this.repository = repository;
        this.revisions = revisions;
        this.corrections = corrections;
    }

    public Optional<Article> findById(long id) {
        return repository.findById(id).map(a -> a.withTags(repository.tagsOf(id)));
    }

    /** A published article by its running number; empty for unknown, draft or withdrawn ones. */
    public Optional<Article> findPublished(long number) {
        ArticleReads.noteArticle(number);
        return repository.findPublishedByNumber(number).map(a -> a.withTags(repository.tagsOf(a.id())));
    }

    /** The id of the published article with this number, reading only the number index. */
    public Optional<Long> publishedId(long number) {
        ArticleReads.noteArticle(number);
        return repository.publishedId(number);
    }

    /** A page (1-based) of the board list, newest first; in one section when {@code sectionId} is given. */
    public List<ArticleSummary> listPublished(Long sectionId, int page, int pageSize) {
        return noted(sectionId, repository.listPublished(sectionId, (long) (page - 1) * pageSize, pageSize));
    }

    /** Published articles older than the given number, newest first (the API's cursor paging). */
    public List<ArticleSummary> listPublishedBefore(Long sectionId, long beforeNumber, int limit) {
        return noted(sectionId, repository.listPublishedBefore(sectionId, beforeNumber, limit));
    }

    /** The published articles among the given ids (withdrawn and drafts left out), in no particular order. */
    public List<ArticleSummary> publishedSummaries(java.util.Collection<Long> ids) {
        List<ArticleSummary> found = repository.publishedSummaries(ids);
        found.forEach(summary -> ArticleReads.noteArticle(summary.number()));
        return found;
    }

    /** From a maintained count, not by counting rows. */
    public long countPublished(Long sectionId) {
        ArticleReads.note(ArticleReads.list(sectionId));
        return repository.countPublished(sectionId);
    }

    /** Counts rows: for a window that is not a Seoul day; the board uses {@link #countPublishedOn}. */
    public long countPublishedSince(Instant since, Long sectionId) {
        ArticleReads.note(ArticleReads.list(sectionId));
        return repository.countPublishedSince(since, sectionId);
    }

    /** Published articles first published on the given Seoul day ("오늘 N"), from a maintained count. */
    public long countPublishedOn(java.time.LocalDate day, Long sectionId) {
        ArticleReads.note(ArticleReads.list(sectionId));
        return repository.countPublishedOn(day, sectionId);
    }

    /** The 1-based page of the board list (in the section, if given) that shows this article. */
    public int pageOf(long number, Long sectionId, int pageSize) {
        ArticleReads.note(ArticleReads.list(sectionId));
        return (int) (repository.countNewerThan(number, sectionId) / pageSize) + 1;
    }

    /** The next older published article ("이전 기사"). */
    public Optional<ArticleSummary> older(long number, Long sectionId) {
        ArticleReads.note(ArticleReads.list(sectionId));
        return repository.older(number, sectionId).map(this::noted);
    }

    /** The next newer published article ("다음 기사"). */
    public Optional<ArticleSummary> newer(long number, Long sectionId) {
        ArticleReads.note(ArticleReads.list(sectionId));
        return repository.newer(number, sectionId).map(this::noted);
    }

    /**
     * Rebuilds the maintained counts from the article rows, after a bulk load that wrote rows
     * without {@link ArticleLifecycle}. Reads every published row.
     */
    @org.springframework.transaction.annotation.Transactional
    public void recountPublished() {
        counts.recount();
    }

    private ArticleSummary noted(ArticleSummary summary) {
        ArticleReads.noteArticle(summary.number());
        return summary;
    }

    private List<ArticleSummary> noted(Long sectionId, List<ArticleSummary> rows) {
        ArticleReads.note(ArticleReads.list(sectionId));
        rows.forEach(this::noted);
        return rows;
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

    /** The newest published articles with body and tags, newest first (by number); in one section when given. */
    public List<Article> latestPublished(Long sectionId, int limit) {
        ArticleReads.note(ArticleReads.list(sectionId));
        List<Article> latest = repository.latestPublished(sectionId, limit);
        latest.forEach(article -> ArticleReads.noteArticle(article.number()));
        Map<Long, List<String>> tags = repository.tagsOfAll(latest.stream().map(Article::id).toList());
        return latest.stream().map(a -> a.withTags(tags.getOrDefault(a.id(), List.of()))).toList();
    }

    /**
     * The newest change (publication, edit, withdrawal) among published and withdrawn articles
     * numbered {@code fromNumber} or higher (in the section, if given): a withdrawal changes a
     * list without changing any article still on it.
     */
    public Optional<Instant> lastChangeFrom(long fromNumber, Long sectionId) {
        ArticleReads.note(ArticleReads.list(sectionId)); // the feed's items note themselves
        return repository.lastChangeFrom(fromNumber, sectionId);
    }

    /** Published articles first published at or after {@code since}, newest first, at most {@code limit}. */
    public List<ArticleSummary> publishedSince(Instant since, int limit) {
        ArticleReads.note(ArticleReads.list(null));
        return noted(null, repository.publishedSince(since, limit));
    }

    /**
     * Counts and newest changes of published articles per block of {@code blockSize} running
     * numbers, blocks without a published article left out. Reads every published row: cache it.
     */
    public List<PublishedBlock> publishedBlocks(int blockSize) {
        ArticleReads.dependOnAll();
        return repository.publishedBlocks(blockSize);
    }

    /** One block of {@link #publishedBlocks}; empty when it holds no published article. */
    public Optional<PublishedBlock> publishedBlock(long index, int blockSize) {
        ArticleReads.dependOnAll();
        return repository.publishedBlock(index, blockSize);
    }

    /**
     * Hands the published articles numbered {@code fromNumber} to {@code toNumber} to
     * {@code action} in number order, one row at a time, without collecting them.
     */
    public void forEachPublished(long fromNumber, long toNumber, Consumer<ArticleStamp> action) {
        ArticleReads.noteNumbers(fromNumber, toNumber); // a sitemap page: a tag per 1,000 numbers, not per row
        repository.forEachPublished(fromNumber, toNumber, action);
    }

    /** The highest running number of a published article, if any. */
    public Optional<Long> highestPublishedNumber() {
        ArticleReads.note(ArticleReads.list(null));
        return repository.highestPublishedNumber();
    }

    /**
     * Up to {@code limit} published articles with body and tags numbered above {@code afterNumber},
     * in number order: pass the last number back to read them all (a search index rebuild).
     */
    public List<Article> publishedAfterNumber(long afterNumber, int limit) {
        return withTags(repository.publishedAfterNumber(afterNumber, limit));
    }

    /** The published ones among the given ids, with body and tags, in no particular order. */
    public List<Article> publishedByIds(java.util.Collection<Long> ids) {
        return withTags(repository.publishedByIds(ids));
    }

    /** Ids of published or withdrawn articles changed at or after {@code since} (catching up after a stop). */
    public List<Long> idsChangedSince(Instant since) {
        return repository.idsChangedSince(since);
    }

    private List<Article> withTags(List<Article> list) {
        Map<Long, List<String>> tags = repository.tagsOfAll(list.stream().map(Article::id).toList());
        return list.stream().map(a -> a.withTags(tags.getOrDefault(a.id(), List.of()))).toList();
    }
}
