/**
 * The newsroom: accounts and roles (ADMIN, EDITOR, REPORTER), login with throttling, the first
 * administrator's setup, the audit trail, and the /admin UI where reporters write, the desk
 * reviews and publishes, and the admin keeps users, sections and the publisher data. Owns
 * {@code newsroom_account}, {@code newsroom_login}, {@code newsroom_audit} and
 * {@code newsroom_setup_token}. Changes articles only through {@link io.sinmun.article.ArticleLifecycle},
 * after its own permission check ({@link io.sinmun.newsroom.Desk}); runs the scheduled-publishing job.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "article", "section", "media",
        "site", "demo" })
package io.sinmun.newsroom;
