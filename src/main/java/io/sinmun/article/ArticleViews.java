package io.sinmun.article;

import java.util.Map;

import io.sinmun.article.internal.ArticleRepository;

import org.springframework.stereotype.Service;

/** Adds counted reader views to the articles' totals; the counting itself belongs to the reader module. */
@Service
public class ArticleViews {

    private final ArticleRepository repository;

    ArticleViews(ArticleRepository repository) {
        this.repository = repository;
    }

    /** Adds each delta to its article's total. Joins the caller's transaction. */
    public void add(Map<Long, Long> viewsByArticle) {
        if (!viewsByArticle.isEmpty()) {
            repository.addViews(viewsByArticle);
        }
    }
}
