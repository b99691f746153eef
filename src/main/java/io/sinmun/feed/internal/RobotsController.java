package io.sinmun.feed.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.sinmun.site.PublicUrls;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** robots.txt: crawl everything readers see, not the newsroom; and where the sitemaps are. */
@Controller
class RobotsController {

    private final PublicUrls urls;

    RobotsController(PublicUrls urls) {
        this.urls = urls;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Allow: /
                Disallow: /admin/
                Disallow: /login

                Sitemap: %s
                Sitemap: %s
                """.formatted(urls.absolute("/sitemap.xml"), urls.absolute("/sitemap-news.xml"));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(body);
    }
}
