package io.sinmun.article.internal;

import java.util.List;
import java.util.regex.Pattern;

import io.sinmun.article.SanitizedHtml;

import org.jsoup.Jsoup;
import org.owasp.html.Handler;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The allow-list for article bodies: text structure, links, our own images and plain tables,
 * nothing executable and no styling. Everything stored passes through here, whoever wrote it, and
 * {@link #clean} says what it took out so the newsroom can tell the writer.
 */
@Component
public class BodySanitizer {

    private static final String LINK_REL = "noopener noreferrer nofollow";

    // OWASP, not jsoup's Cleaner: its change listener names every dropped tag and attribute for the report.
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "strong", "b", "em", "i", "u", "s", "blockquote", "ul", "ol",
                    "li", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "hr")
            .allowElements((name, attrs) -> has(attrs, "href") ? withRel(name, attrs) : null, "a")
            .allowElements((name, attrs) -> has(attrs, "src") ? name : null, "img")
            .allowAttributes("href").matching((element, attribute, value) -> BodyUrls.link(value)).onElements("a")
            .allowAttributes("src").matching((element, attribute, value) -> BodyUrls.image(value)).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}")).onElements("img")
            .allowAttributes("class").matching(Pattern.compile("image")).onElements("figure")
            .allowAttributes("scope").matching(Pattern.compile("row|col|rowgroup|colgroup")).onElements("th")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[1-9][0-9]{0,2}")).onElements("td")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    /** The body as it may be stored, and what was removed from it. */
    public SanitizedHtml clean(String html) {
        if (html == null || html.isBlank()) {
            return new SanitizedHtml("", List.of());
        }
        RemovalReport report = new RemovalReport();
        StringBuilder out = new StringBuilder(html.length());
        HtmlSanitizer.Policy policy = POLICY.apply(HtmlStreamRenderer.create(out, Handler.DO_NOTHING), report, null);
        HtmlSanitizer.sanitize(html, report.watching(policy));
        report.noteDeclarations(html);
        return new SanitizedHtml(out.toString(), report.removed());
    }

    /** The body as it may be stored; {@link #clean} also says what was removed. */
    public String sanitize(String html) {
        return clean(html).html();
    }

    public boolean hasImages(String sanitizedHtml) {
        return sanitizedHtml != null && !Jsoup.parseBodyFragment(sanitizedHtml).select("img[src]").isEmpty();
    }

    private static boolean has(List<String> attrs, String name) {
        for (int i = 0; i < attrs.size(); i += 2) {
            if (attrs.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    // Any rel the writer gave was already dropped (no policy for it); ours is always the same.
    private static String withRel(String name, List<String> attrs) {
        attrs.add("rel");
        attrs.add(LINK_REL);
        return name;
    }
}
