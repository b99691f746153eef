package io.sinmun.article;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.time.Instant;

import io.sinmun.article.internal.BulkArticleRepository;
import io.sinmun.article.internal.BodySanitizer;
import io.sinmun.article.internal.DraftValidator;
import io.sinmun.article.internal.PublishedCounts;
import io.sinmun.section.Sections;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many already-published articles at once (the benchmark generator, a future importer):
 * the same rows the editor's save plus publishing would leave (article, tags, first revision,
 * running number), written by batched statements instead of one article at a time. Raises no
 * events, as an import does not: listeners rebuild from the database (search: start-up check
 * or {@code reindex}).
 */
@Service
public class BulkPublishing {

    private final BulkArticleRepository repository;
    private final DraftValidator validator;
    private final BodySanitizer sanitizer;
    private final Sections sections;
    private final PublishedCounts counts;

    BulkPublishing(BulkArticleRepository repository, DraftValidator validator, BodySanitizer sanitizer,
            Sections sections, PublishedCounts counts) {
        this.counts = counts;
        this.repository = repository;
        this.validator = validator;
        this.sanitizer = sanitizer;
        this.sections = sections;
    }

    /**
     * Cleans a draft as the editor would (sanitized body, trimmed fields, limits); thread-safe and
     * free of database access, so callers may prepare in parallel.
     *
     * @throws ArticleRejectedException as the editor's save would
     */
    public BulkArticle prepare(ArticleDraft draft, Instant createdAt, Instant publishedAt, long views,
            String author) {
        ArticleDraft clean = validator.cleanContent(draft).draft();
        boolean images = clean.leadImageId() != null
                || (clean.bodyHtml().contains("<img") && sanitizer.hasImages(clean.bodyHtml()));
        return new BulkArticle(clean, images, createdAt, publishedAt, views, author);
    }

    /**
     * Publishes the articles in one transaction, numbered in list order after the current last
     * number; returns the first number given. Numbers stay gapless with concurrent publishers.
     */
    @Transactional
    public long publishAll(List<BulkArticle> articles) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles");
        }
        checkSections(articles.stream().map(a -> a.draft().sectionId()).toList());
        long first = repository.reserveNumbers(articles.size());
        repository.insertPublished(articles, first);
        List<PublishedCounts.Published> counted = new java.util.ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            counted.add(new PublishedCounts.Published(first + i, articles.get(i).draft().sectionId(),
                    articles.get(i).publishedAt()));
        }
        counts.addAll(counted); // the board's counts, in the same transaction as the rows
        return first;
    }

    /** The last running number handed out (0 before the first). */
    public long lastNumber() {
        return repository.lastNumber();
    }

    private void checkSections(Collection<Long> ids) {
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            if (id != null && seen.add(id) && sections.findById(id).isEmpty()) {
                throw new ArticleRejectedException("없는 섹션입니다.");
            }
        }
    }
}
