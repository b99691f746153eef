package io.sinmun.feed.internal;

import io.sinmun.site.PublicUrls;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** A stored (already sanitized) body, as feeds carry it: a plain-text summary or the full HTML. */
@Component
class ArticleText {

    static final int SUMMARY_LENGTH = 200;

    private final PublicUrls urls;

    ArticleText(PublicUrls urls) {
        this.urls = urls;
    }

    /** Plain text of the first paragraphs, cut near {@value #SUMMARY_LENGTH} characters at a word. */
    String summary(String bodyHtml) {
        Document body = Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml);
        StringBuilder text = new StringBuilder();
        for (Element paragraph : body.select("p")) {
            String part = paragraph.text().strip();
            if (!part.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(part);
            }
            if (text.length() >= SUMMARY_LENGTH) {
                break;
            }
        }
        if (text.isEmpty()) {
            text.append(body.text().strip()); // a body of lists or quotes only
        }
        return cut(text.toString());
    }

    /**
     * The body with its site paths made absolute: a feed reader resolves "/media/..." against
     * its own host, or not at all.
     */
    String fullHtml(String bodyHtml) {
        Document body = Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml);
        body.outputSettings().prettyPrint(false);
        for (Element element : body.select("[href], [src]")) {
            for (String attribute : new String[] { "href", "src" }) {
                String value = element.attr(attribute);
                if (value.startsWith("/") && !value.startsWith("//")) {
                    element.attr(attribute, urls.absolute(value));
                }
            }
        }
        return body.body().html();
    }

    private static String cut(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int end = text.lastIndexOf(' ', SUMMARY_LENGTH);
        if (end < SUMMARY_LENGTH / 2) {
            end = SUMMARY_LENGTH; // one long run of text: cut inside it
        }
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip() + "…";
    }
}
