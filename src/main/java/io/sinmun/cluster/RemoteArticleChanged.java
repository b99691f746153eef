package io.sinmun.cluster;

/**
 * Another node committed a change to the article: published, updated or withdrawn (its current
 * state is in the database). Announced on this node only, synchronously on the bus thread, for the
 * in-memory state a module keeps; read the article again rather than trusting what it was.
 */
public record RemoteArticleChanged(long articleId, long number) {
}
