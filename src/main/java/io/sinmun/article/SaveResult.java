package io.sinmun.article;

import java.util.List;

/** A save's outcome: the article as stored, and what the sanitizer removed, to show the writer. */
public record SaveResult(Article article, List<String> removed) {
}
