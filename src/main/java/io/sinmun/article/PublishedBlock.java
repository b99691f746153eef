package io.sinmun.article;

import java.time.Instant;

/**
 * The published articles among a fixed block of running numbers: block {@code index} (from 0)
 * of size {@code n} covers numbers {@code index * n + 1} to {@code (index + 1) * n}.
 */
public record PublishedBlock(long index, long published, Instant lastUpdated) {
}
