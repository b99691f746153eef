package io.sinmun.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The payload corpus in {@code xss/payloads.txt} and the checks run on what the sanitizers make
 * of it. The checks parse with jsoup, an HTML5 parser, as a browser would.
 */
public final class XssPayloads {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private static final String FORBIDDEN_ELEMENTS = "script, iframe, object, embed, svg, math, style, base, meta, "
            + "link, form";
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href");
    private static final List<String> BAD_SCHEMES = List.of("javascript:", "vbscript:", "data:");

    /** What the body allow-list lets through: element to its attributes. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("a", Set.of("href", "rel")), Map.entry("img", Set.of("src", "alt", "width", "height")),
            Map.entry("figure", Set.of("class")), Map.entry("th", Set.of("scope")),
            Map.entry("td", Set.of("colspan", "rowspan")), Map.entry("p", Set.of()), Map.entry("br", Set.of()),
            Map.entry("h2", Set.of()), Map.entry("h3", Set.of()), Map.entry("strong", Set.of()),
            Map.entry("b", Set.of()), Map.entry("em", Set.of()), Map.entry("i", Set.of()), Map.entry("u", Set.of()),
            Map.entry("s", Set.of()), Map.entry("blockquote", Set.of()), Map.entry("ul", Set.of()),
            Map.entry("ol", Set.of()), Map.entry("li", Set.of()), Map.entry("figcaption", Set.of()),
            Map.entry("table", Set.of()), Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()),
            Map.entry("tr", Set.of()), Map.entry("hr", Set.of()));

    private XssPayloads() {
    }

    public static List<String> all() {
        try (InputStream in = XssPayloads.class.getResourceAsStream("/xss/payloads.txt")) {
            List<String> payloads = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    payloads.add(unescape(line));
                }
            }
            return payloads;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Everything in the HTML that could run script or load something; empty when it is harmless. */
    public static List<String> dangers(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        List<String> found = new ArrayList<>();
        doc.select(FORBIDDEN_ELEMENTS).forEach(e -> found.add("<" + e.normalName() + ">"));
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style")) {
                    found.add(e.normalName() + "[" + name + "]");
                }
                if (URL_ATTRIBUTES.contains(name) && hasBadScheme(a.getValue())) {
                    found.add(e.normalName() + "[" + name + "=" + a.getValue() + "]");
                }
            }
        }
        return found;
    }

    /** Elements and attributes outside the body allow-list; empty when the HTML keeps to it. */
    public static List<String> outsideAllowList(String html) {
        List<String> found = new ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(html).body().children().select("*")) {
            Set<String> attributes = ALLOWED.get(e.normalName());
            if (attributes == null) {
                found.add("<" + e.normalName() + ">");
                continue;
            }
            for (Attribute a : e.attributes()) {
                if (!attributes.contains(a.getKey())) {
                    found.add(e.normalName() + "[" + a.getKey() + "]");
                }
            }
        }
        return found;
    }

    // Browsers decode entities, drop tabs and newlines and trim controls before they read a scheme.
    private static boolean hasBadScheme(String value) {
        String decoded = Parser.unescapeEntities(value, true);
        StringBuilder compact = new StringBuilder();
        decoded.codePoints()
                .filter(c -> c > 0x20 && !Character.isISOControl(c) && !Character.isWhitespace(c))
                .forEach(compact::appendCodePoint);
        String url = compact.toString().toLowerCase(Locale.ROOT);
        return BAD_SCHEMES.stream().anyMatch(url::startsWith);
    }

    private static String unescape(String line) {
        Matcher m = ESCAPE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(sb).toString();
    }
}
