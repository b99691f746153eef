package io.sinmun.reader.internal;

import io.sinmun.cache.PageRead;
import io.sinmun.cache.PageReadListener;
import io.sinmun.site.PublicUrls;
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
        long number = PublicUrls.articleNumber(read.path());
        if (number > 0 && readers.isCountable(read)) {
            published.idOf(number).ifPresent(id -> views.record(id, readers.keyOf(read, time.today())));
        }
    }
}
