package io.sinmun.reader.internal;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sinmun.system.SeoulTime;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the view of an article page before the page cache answers, so a reader is counted
 * whether the page was rendered for them or came from the cache. The page itself never depends
 * on the reader: the cookie that recognises a cookie-less reader goes on this reader's response
 * only, and the stored page has none.
 */
class ArticleViewFilter extends OncePerRequestFilter {

    private static final Pattern ARTICLE = Pattern.compile("/articles/(\\d{1,18})");

    private final PublishedNumbers published;
    private final ViewCounter views;
    private final ReaderKeys readers;
    private final SeoulTime time;

    ArticleViewFilter(PublishedNumbers published, ViewCounter views, ReaderKeys readers, SeoulTime time) {
        this.published = published;
        this.views = views;
        this.readers = readers;
        this.time = time;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher article = ARTICLE.matcher(request.getRequestURI());
        if (article.matches() && readers.isCountable(request)) {
            long number = Long.parseLong(article.group(1));
            published.idOf(number)
                    .ifPresent(id -> views.record(id, readers.keyOf(request, response, time.today())));
        }
        chain.doFilter(request, response);
    }
}
