package io.sinmun.feed.internal;

import java.time.Duration;

import io.sinmun.feed.internal.Feeds.FeedVersion;
import io.sinmun.feed.internal.Feeds.RenderedFeed;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/** RSS 2.0 and Atom 1.0, site-wide and per section, with ETag and Last-Modified for pollers. */
@Controller
class FeedController {

    // feed readers poll every few minutes; a minute of caching spares the database most of them
    private static final String CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue();

    private final Feeds feeds;
    private final Sections sections;

    FeedController(Feeds feeds, Sections sections) {
        this.feeds = feeds;
        this.sections = sections;
    }

    @GetMapping("/rss.xml")
    ResponseEntity<byte[]> rss(ServletWebRequest request) {
        return feed(null, FeedFormat.RSS, request);
    }

    @GetMapping("/atom.xml")
    ResponseEntity<byte[]> atom(ServletWebRequest request) {
        return feed(null, FeedFormat.ATOM, request);
    }

    @GetMapping("/sections/{slug}/rss.xml")
    ResponseEntity<byte[]> sectionRss(@PathVariable String slug, ServletWebRequest request) {
        return feed(section(slug), FeedFormat.RSS, request);
    }

    @GetMapping("/sections/{slug}/atom.xml")
    ResponseEntity<byte[]> sectionAtom(@PathVariable String slug, ServletWebRequest request) {
        return feed(section(slug), FeedFormat.ATOM, request);
    }

    private ResponseEntity<byte[]> feed(Section section, FeedFormat format, ServletWebRequest request) {
        HttpServletResponse response = request.getResponse();
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        FeedVersion current = feeds.version(section, format);
        if (request.checkNotModified(current.etag(), current.lastModifiedMillis())) {
            return null; // a 304; checkNotModified has set the status, ETag and Last-Modified
        }
        RenderedFeed rendered = feeds.render(section, format);
        // set, not added: replaces what checkNotModified wrote if an article went out in between
        response.setHeader(HttpHeaders.ETAG, rendered.version().etag());
        if (rendered.version().lastModified() != null) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, rendered.version().lastModifiedMillis());
        }
        return ResponseEntity.ok().contentType(format.mediaType()).body(rendered.body());
    }

    private Section section(String slug) {
        return sections.findBySlug(slug).orElseThrow(() -> new NotFoundException("없는 섹션입니다."));
    }
}
