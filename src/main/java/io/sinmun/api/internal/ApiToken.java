package io.sinmun.api.internal;

import java.time.Instant;

/** A token as listed in the newsroom: never the token itself, only a hint of its start. */
record ApiToken(long id, long accountId, String name, String hint, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) {

    boolean active() {
        return revokedAt == null;
    }
}
