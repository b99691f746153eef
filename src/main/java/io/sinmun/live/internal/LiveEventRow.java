package io.sinmun.live.internal;

import java.time.OffsetDateTime;

/** One row of {@code live_event}; {@code payload} is the JSON the client gets as {@code data:}. */
public record LiveEventRow(long id, String type, long articleId, long articleNumber, String sectionSlug,
        String headline, String payload, OffsetDateTime createdAt) {
}
