/**
 * Real-time delivery to phones and desktops (Web Push). So far: the message encryption of
 * RFC 8291 (aes128gcm) and the VAPID authorization of RFC 8292, written on the JDK's own crypto;
 * subscriptions, sending and the durable fan-out follow in the real-time issue.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system" })
package io.sinmun.push;
