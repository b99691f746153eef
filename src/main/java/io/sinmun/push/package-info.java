/**
 * Real-time delivery to phones and desktops (Web Push). So far: the site's VAPID key pair
 * ({@code push_key}), readers' subscriptions ({@code push_subscription}) at
 * {@code /api/v1/push/**}, and the message encryption of RFC 8291 (aes128gcm) and VAPID of
 * RFC 8292 on the JDK's own crypto; sending and the durable fan-out follow in the real-time issue.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "section" })
package io.sinmun.push;
