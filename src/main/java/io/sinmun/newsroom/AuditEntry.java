package io.sinmun.newsroom;

import java.time.Instant;

/** One line of the audit trail: who did what to which thing, when, and from where. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail,
        String client) {
}
