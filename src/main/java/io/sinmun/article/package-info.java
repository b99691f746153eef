/**
 * Articles and their bylines: states (draft to published to withdrawn), the running number
 * readers see, and view totals. Owns {@code article}, {@code article_reporter} and
 * {@code article_number}. Publishes {@link io.sinmun.article.ArticlePublished},
 * {@link io.sinmun.article.ArticleUpdated} and {@link io.sinmun.article.ArticleWithdrawn} in the
 * transaction that changed the state; hears nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "section" })
package io.sinmun.article;
