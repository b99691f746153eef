package io.sinmun.cluster.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One notification: {@code 1|node|kind|articleId|number|tag,tag,…}. Ids and tags only, never a
 * body; a message that would reach PostgreSQL's 8,000-byte limit is sent as "drop everything"
 * instead (tags are short, so this takes thousands of them).
 */
record BusMessage(String node, Kind kind, long articleId, long number, Set<String> tags) {

    /** Below PostgreSQL's payload limit of 8,000 bytes, with room to spare. */
    static final int MAX_BYTES = 7_900;

    enum Kind {
        /** An article changed: drop {@code tags}, tell the modules about {@code articleId}. */
        ARTICLE('A'),
        /** Sections changed: every page shows the menu. */
        SECTIONS('S'),
        /** Site settings changed: every page shows the name and footer. */
        SETTINGS('T'),
        /** Something changed that the tags cannot name (a message too long): drop everything. */
        ALL('*');

        final char code;

        Kind(char code) {
            this.code = code;
        }

        static Kind of(char code) {
            for (Kind kind : values()) {
                if (kind.code == code) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown kind " + code);
        }
    }

    static BusMessage article(String node, long articleId, long number, Collection<String> tags) {
        return new BusMessage(node, Kind.ARTICLE, articleId, number, new TreeSet<>(tags));
    }

    static BusMessage of(String node, Kind kind) {
        return new BusMessage(node, kind, 0, 0, Set.of());
    }

    String encode() {
        String text = "1|" + node + "|" + kind.code + "|" + articleId + "|" + number + "|" + String.join(",", tags);
        if (text.getBytes(StandardCharsets.UTF_8).length >= MAX_BYTES) {
            // the receiver then drops everything and re-reads the article by id
            text = "1|" + node + "|" + Kind.ALL.code + "|" + articleId + "|" + number + "|";
        }
        return text;
    }

    /** Null for what this version does not understand (a newer node's message during a rolling update). */
    static BusMessage decode(String payload) {
        String[] parts = payload.split("\\|", -1);
        if (parts.length != 6 || !"1".equals(parts[0]) || parts[2].length() != 1) {
            return null;
        }
        try {
            List<String> tags = parts[5].isEmpty() ? List.of() : Arrays.asList(parts[5].split(","));
            return new BusMessage(parts[1], Kind.of(parts[2].charAt(0)), Long.parseLong(parts[3]),
                    Long.parseLong(parts[4]), new TreeSet<>(new ArrayList<>(tags)));
        }
        catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
