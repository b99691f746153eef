/**
 * Real-time delivery to phones and desktops (Web Push). The site's VAPID key pair
 * ({@code push_key}), readers' subscriptions ({@code push_subscription}) at
 * {@code /api/v1/push/**}, message encryption (RFC 8291 aes128gcm) and VAPID (RFC 8292) on the
 * JDK's own crypto, and sending: an {@link io.sinmun.article.ArticlePublished} with push or
 * breaking set becomes one {@code push_message} and one {@code push_delivery} per matching
 * subscription (through the durable event registry), which any node claims and sends. The
 * newsroom's report is {@code /admin/push}. See docs/push.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "section", "article", "media",
        "site" })
package io.sinmun.push;
