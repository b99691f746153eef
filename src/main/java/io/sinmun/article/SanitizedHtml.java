package io.sinmun.article;

import java.util.List;

/**
 * An article body after the allow-list, with what was taken out of it: short Korean labels such
 * as {@code "<script> 요소"} or {@code "javascript: 링크"}, each once, in the order first met, for
 * the newsroom to show the writer. An empty list means nothing that mattered was removed.
 */
public record SanitizedHtml(String html, List<String> removed) {

    public SanitizedHtml {
        removed = List.copyOf(removed);
    }
}
