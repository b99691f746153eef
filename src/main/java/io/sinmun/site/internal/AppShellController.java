package io.sinmun.site.internal;

import java.time.Duration;
import java.util.List;

import io.sinmun.site.SiteSettings;
import io.sinmun.site.SiteSettingsService;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What makes the site an installable app: the manifest, named after the paper, and the page the
 * service worker ({@code static/sw.js}) shows for a page it has not stored.
 */
@Controller
class AppShellController {

    static final String MANIFEST_TYPE = "application/manifest+json";
    /** The masthead's navy (site.css {@code --accent}). */
    static final String THEME_COLOUR = "#153b6e";
    /** Launchers cut longer names; the full name stays in {@code name}. */
    static final int SHORT_NAME_LENGTH = 12;

    private final SiteSettingsService settings;

    AppShellController(SiteSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping(path = "/manifest.webmanifest", produces = MANIFEST_TYPE)
    @ResponseBody
    ResponseEntity<WebAppManifest> manifest() {
        SiteSettings site = settings.current();
        String name = site.siteName();
        String shortName = name.codePointCount(0, name.length()) <= SHORT_NAME_LENGTH ? name
                : name.substring(0, name.offsetByCodePoints(0, SHORT_NAME_LENGTH));
        WebAppManifest manifest = new WebAppManifest("/", name, shortName,
                site.tagline().isBlank() ? name : site.tagline(), "ko", "ltr", "/", "/", "standalone", THEME_COLOUR,
                "#ffffff", List.of("news"),
                List.of(icon("/icons/icon-192.png", 192, "any"), icon("/icons/icon-512.png", 512, "any"),
                        icon("/icons/maskable-192.png", 192, "maskable"),
                        icon("/icons/maskable-512.png", 512, "maskable")));
        // the name follows the site settings; an hour's staleness is fine for a launcher
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(manifest);
    }

    @GetMapping("/offline")
    String offline() {
        return "site/offline";
    }

    private static WebAppManifest.Icon icon(String src, int size, String purpose) {
        return new WebAppManifest.Icon(src, size + "x" + size, "image/png", purpose);
    }
}
