package io.sinmun.reader.internal;

import io.sinmun.cache.PageRead;
import io.sinmun.cache.PageReadListener;
import io.sinmun.system.SeoulTime;

import org.springframework.stereotype.Component;

/**
 * Counts a GET of an article page, wherever it is answered: by the page cache's front door
 * (which calls this for its hits) or by the application ({@link ArticleViewFilter}). The page
 * never depends on the reader: the cookie that recognises a cookie-less reader goes on this
 * reader's response only.
 */
@Component
class ArticleViewListener implements PageReadListener {

    private static final String PREFIX = "/articles/";

    private final PublishedNumbers published;
    private final ViewCounter views;
    private final ReaderKeys readers;
    private final SeoulTime time;

    ArticleViewListener(PublishedNumbers published, ViewCounter views, ReaderKeys readers, SeoulTime time) {
        this.published = published;
        this.views = views;
        this.readers = readers;
        this.time = time;
    }

    @Override
    public void read(PageRead read) {
        long number = articleNumber(read.path());
        if (number > 0 && readers.isCountable(read)) {
            published.idOf(number).ifPresent(id -> views.record(id, readers.keyOf(read, time.today())));
        }
    }

    /** The number in {@code /articles/{1 to 18 digits}}, else -1 (by hand: this runs on every cached hit). */
    static long articleNumber(String path) {
        int digits = path.length() - PREFIX.length();
        if (digits < 1 || digits > 18 || !path.startsWith(PREFIX)) {
            return -1;
        }
        long number = 0;
        for (int i = PREFIX.length(); i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
