package io.sinmun.feed.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.sinmun.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The sitemap index, its pages, and the Google News sitemap, written straight to the response. */
@Controller
class SitemapController {

    private static final String CONTENT_TYPE = "application/xml;charset=UTF-8";
    // crawlers fetch these a few times a day; five minutes lets a proxy answer repeats
    private static final String CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue();

    private final Sitemaps sitemaps;

    SitemapController(Sitemaps sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletResponse response) {
        sitemaps.writeIndex(start(response));
    }

    @GetMapping("/sitemap-pages.xml")
    void pages(HttpServletResponse response) {
        sitemaps.writePages(start(response));
    }

    @GetMapping("/sitemap-news.xml")
    void news(HttpServletResponse response) {
        sitemaps.writeNews(start(response));
    }

    @GetMapping("/sitemap-articles-{page}.xml")
    void articles(@PathVariable String page, HttpServletResponse response) {
        // nine digits at most: no overflow, and far past any paper's last page
        if (!page.matches("[1-9][0-9]{0,8}") || !sitemaps.writeArticles(Long.parseLong(page), () -> start(response))) {
            throw new NotFoundException("없는 사이트맵 페이지입니다.");
        }
    }

    private static OutputStream start(HttpServletResponse response) {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        try {
            return response.getOutputStream();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
