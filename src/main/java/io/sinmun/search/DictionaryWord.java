package io.sinmun.search;

import java.time.Instant;
import java.util.List;

/** A user-dictionary entry the newsroom added: the word, its parts (empty: kept whole), who and when. */
public record DictionaryWord(String word, List<String> parts, String addedBy, Instant addedAt) {

    public DictionaryWord {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** The line in Nori's user-dictionary format. */
    public String line() {
        return parts.isEmpty() ? word : word + " " + String.join(" ", parts);
    }
}
