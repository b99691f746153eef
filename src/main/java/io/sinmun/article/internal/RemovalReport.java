package io.sinmun.article.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlSanitizer;

/**
 * What the body policy removed from one body, in words for the writer. OWASP's listener hears
 * only the names of dropped tags and attributes; this also stands in front of the policy to keep
 * the current tag's attributes as written, so a refused link can be named by its scheme.
 */
final class RemovalReport implements HtmlChangeListener<Void> {

    // The lexer drops comments, CDATA and declarations without telling the listener.
    private static final Pattern MARKUP_DECLARATION = Pattern.compile("<[!?]");

    private final Set<String> removed = new LinkedHashSet<>();
    private List<String> written = List.of();

    /** The policy, letting this see each tag's attributes before the policy changes them. */
    HtmlSanitizer.Policy watching(HtmlSanitizer.Policy policy) {
        return new HtmlSanitizer.Policy() {
            @Override
            public void openDocument() {
                policy.openDocument();
            }

            @Override
            public void closeDocument() {
                policy.closeDocument();
            }

            @Override
            public void openTag(String elementName, List<String> attrs) {
                written = List.copyOf(attrs); // the policy edits attrs in place
                policy.openTag(elementName, attrs);
            }

            @Override
            public void closeTag(String elementName) {
                policy.closeTag(elementName);
            }

            @Override
            public void text(String text) {
                policy.text(text);
            }
        };
    }

    @Override
    public void discardedTag(Void context, String elementName) {
        String url = elementName.equals("a") ? "href" : elementName.equals("img") ? "src" : null;
        if (url != null && written(url) != null) {
            removed.add(label(elementName, url));
        }
        else {
            removed.add("<" + elementName + "> 요소");
        }
        // what made a dropped element dangerous is worth naming too
        for (int i = 0; i < written.size(); i += 2) {
            String name = written.get(i);
            if (name.startsWith("on") || name.equals("style")) {
                removed.add(name + " 속성");
            }
        }
    }

    @Override
    public void discardedAttributes(Void context, String elementName, String... attributeNames) {
        for (String name : attributeNames) {
            removed.add(label(elementName, name));
        }
    }

    void noteDeclarations(String html) {
        if (MARKUP_DECLARATION.matcher(html).find()) {
            removed.add("HTML 주석");
        }
    }

    List<String> removed() {
        return List.copyOf(removed);
    }

    private String label(String elementName, String attributeName) {
        String value = written(attributeName);
        if (value != null && elementName.equals("a") && attributeName.equals("href")) {
            return BodyUrls.refusedLink(value);
        }
        if (value != null && elementName.equals("img") && attributeName.equals("src")) {
            return BodyUrls.refusedImage(value);
        }
        return attributeName + " 속성";
    }

    private String written(String attributeName) {
        for (int i = 0; i + 1 < written.size(); i += 2) {
            if (written.get(i).equals(attributeName)) {
                return written.get(i + 1);
            }
        }
        return null;
    }
}
