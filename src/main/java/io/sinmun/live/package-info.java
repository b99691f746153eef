/**
 * The live stream ({@code GET /api/v1/stream}, Server-Sent Events) for open pages and the mobile
 * app. Owns {@code live_event}, a durable log written in the publishing transaction from
 * {@code ArticlePublished}, {@code ArticleUpdated} and {@code ArticleWithdrawn}; one broadcaster per
 * node reads the log after each commit (and on a slow poll) and writes to its open streams without
 * blocking. {@link io.sinmun.live.LiveEvents#catchUp()} is the seam a cluster wake-up calls. Serves
 * {@code /js/live.js}, the reader pages' banner and "new articles" notice. See docs/live.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "article", "section", "site" })
package io.sinmun.live;
