package io.sinmun.cluster;

import java.time.Instant;

/**
 * This node's bus connection was lost and is back: changes committed on other nodes from
 * {@code since} on may not have been heard. Drop or re-read in-memory state that may be stale
 * ({@code Articles.idsChangedSince(since)} names the changed articles).
 */
public record RemoteChangesMissed(Instant since) {
}
