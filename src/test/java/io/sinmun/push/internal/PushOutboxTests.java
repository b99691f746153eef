package io.sinmun.push.internal;

import java.util.Map;

/** The push outbox on the embedded H2 database. */
class PushOutboxTests extends PushOutboxContract {

    @Override
    Map<String, Object> database() {
        return Map.of();
    }
}
