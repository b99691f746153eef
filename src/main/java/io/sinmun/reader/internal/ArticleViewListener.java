package io.sinmun.reader.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern ARTICLE = Pattern.compile("/articles/(\\d{1,18})");

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
        String path = read.path();
        if (!path.startsWith("/articles/")) {
            return;
        }
        Matcher article = ARTICLE.matcher(path);
        if (article.matches() && readers.isCountable(read)) {
            long number = Long.parseLong(article.group(1));
            published.idOf(number).ifPresent(id -> views.record(id, readers.keyOf(read, time.today())));
        }
    }
}
