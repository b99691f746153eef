package io.sinmun.article;

/** Where an article is in the newsroom's workflow. Only PUBLISHED is visible to readers. */
public enum ArticleStatus {
    DRAFT, SUBMITTED, SCHEDULED, PUBLISHED, WITHDRAWN
}
