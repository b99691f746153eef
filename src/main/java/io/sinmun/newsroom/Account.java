package io.sinmun.newsroom;

import java.time.Instant;

/** A newsroom account (never carries the password hash). {@code reporterId} is its byline. */
public record Account(long id, String username, String displayName, String email, Role role, boolean enabled,
        Long reporterId, Instant createdAt) {
}
