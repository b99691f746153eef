package io.sinmun.article;

import java.util.HashSet;
import java.util.Set;

/**
 * Notes, per thread, what a piece of work read through {@link Articles}: the articles it showed
 * and the lists it depended on, as tags that {@link #tagsOf} also gives for each publishing event.
 * The page cache records each response it stores, so a stored page is dropped exactly when
 * something it showed changes, whoever rendered it (see docs/performance.md). Outside a recording
 * noting costs one thread-local read.
 */
public final class ArticleReads {

    /** Named by every article event: for work that depends on all articles (the sitemap index). */
    public static final String ANY = "articles";

    private static final ThreadLocal<Set<String>> CURRENT = new ThreadLocal<>();

    private ArticleReads() {
    }

    /** The article numbered {@code number}: its page, or a row, link or item that shows it. */
    public static String article(long number) {
        return "article:" + number;
    }

    /** A list of the published articles (whole paper, or one section): its rows, order and counts. */
    public static String list(Long sectionId) {
        return sectionId == null ? "list:all" : "list:" + sectionId;
    }

    /** Every article numbered within a block of 1,000 running numbers (a sitemap page's range). */
    public static String numbers(long number) {
        return "numbers:" + (number - 1) / 1000;
    }

    static void noteNumbers(long from, long to) {
        if (CURRENT.get() != null) {
            for (long block = (Math.max(1, from) - 1) / 1000; block <= (Math.max(1, to) - 1) / 1000; block++) {
                note("numbers:" + block);
            }
        }
    }

    /** Starts noting reads on this thread; the returned recording ends it (and restores an outer one). */
    public static Recording start() {
        Recording recording = new Recording(CURRENT.get());
        CURRENT.set(recording.tags);
        return recording;
    }

    /** Notes that the current work depends on every article. */
    public static void dependOnAll() {
        note(ANY);
    }

    static void note(String tag) {
        Set<String> tags = CURRENT.get();
        if (tags != null) {
            tags.add(tag);
        }
    }

    static void noteArticle(Long number) {
        if (number != null && CURRENT.get() != null) {
            note(article(number));
        }
    }

    /** What readers of articles must drop after the event: the article and the lists it joined. */
    public static Set<String> tagsOf(ArticlePublished event, Long sectionId) {
        return changedList(event.number(), sectionId);
    }

    /** An edit changes the article wherever it is shown; it does not reorder any list. */
    public static Set<String> tagsOf(ArticleUpdated event) {
        return Set.of(ANY, article(event.number()), numbers(event.number()));
    }

    public static Set<String> tagsOf(ArticleWithdrawn event, Long sectionId) {
        return changedList(event.number(), sectionId);
    }

    /** A section move: both sections' lists change (the whole paper's does not). */
    public static Set<String> tagsOfMove(long number, Long fromSectionId, Long toSectionId) {
        Set<String> tags = new HashSet<>(Set.of(ANY, article(number), numbers(number)));
        if (fromSectionId != null) {
            tags.add(list(fromSectionId));
        }
        if (toSectionId != null) {
            tags.add(list(toSectionId));
        }
        return tags;
    }

    private static Set<String> changedList(long number, Long sectionId) {
        Set<String> tags = new HashSet<>(Set.of(ANY, article(number), numbers(number), list(null)));
        if (sectionId != null) {
            tags.add(list(sectionId));
        }
        return tags;
    }

    /** An ongoing recording; {@link #close} ends it. */
    public static final class Recording implements AutoCloseable {

        private final Set<String> outer;
        private final Set<String> tags = new HashSet<>();

        private Recording(Set<String> outer) {
            this.outer = outer;
        }

        /** The tags noted so far. */
        public Set<String> tags() {
            return tags;
        }

        @Override
        public void close() {
            if (outer == null) {
                CURRENT.remove();
            }
            else {
                outer.addAll(tags); // an inner piece of work is part of the outer one
                CURRENT.set(outer);
            }
        }
    }
}
