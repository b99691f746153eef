package io.sinmun.article.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * The allow-list for article bodies: text structure, links and images, nothing executable.
 * Everything stored passes through here, whoever wrote it.
 */
@Component
public class BodySanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr")
            .removeTags("colgroup", "col")
            .addAttributes("figure", "class")
            .removeProtocols("img", "src", "http")
            .preserveRelativeLinks(true)
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private static final OutputSettings OUTPUT = new OutputSettings().prettyPrint(false);

    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, "https://sinmun.invalid/");
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings(OUTPUT);
        return clean.body().html();
    }

    public boolean hasImages(String sanitizedHtml) {
        return sanitizedHtml != null && !Jsoup.parseBodyFragment(sanitizedHtml).select("img[src]").isEmpty();
    }
}
