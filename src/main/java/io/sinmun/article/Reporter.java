package io.sinmun.article;

/** A byline: the name printed under a headline, and where readers can write to. */
public record Reporter(long id, String displayName, String email) {
}
