package io.sinmun.push.internal;

import java.util.List;

/** A browser's PushSubscription JSON plus the topics the reader chose. */
record SubscriptionRequest(String endpoint, Keys keys, Topics topics) {

    record Keys(String p256dh, String auth) {
    }

    /** {@code all}: every published article; {@code breaking}: breaking news only; {@code sections}: by slug. */
    record Topics(Boolean all, Boolean breaking, List<String> sections) {
    }
}
