package io.sinmun.newsroom;

import java.io.Serializable;
import java.time.Instant;

/**
 * A newsroom account (never carries the password hash). {@code reporterId} is its byline.
 * Serializable: a logged-in user is kept in the database session in cluster mode.
 */
public record Account(long id, String username, String displayName, String email, Role role, boolean enabled,
        Long reporterId, Instant createdAt) implements Serializable {
}
