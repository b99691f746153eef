package io.sinmun.reader.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code NewsArticle} structured data (schema.org, as search engines read it) of an article
 * page, written as JSON that is safe inside a {@code <script type="application/ld+json">}
 * element whatever the article says.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@context", "@type" })
record ArticleJsonLd(String headline, String description, List<String> image, String datePublished,
        String dateModified, List<Party> author, Publisher publisher, Page mainEntityOfPage, String articleSection,
        String inLanguage, String url) {

    static final int MAX_HEADLINE = 110;

    // '<' could close the script element ("</script>") or open a comment; '>' and '&' for good measure
    private static final JsonMapper HTML_SAFE = JsonMapper.builder(JsonFactory.builder()
            .characterEscapes(new HtmlSafeEscapes()).build()).build();

    @JsonProperty("@context")
    String context() {
        return "https://schema.org";
    }

    @JsonProperty("@type")
    String type() {
        return "NewsArticle";
    }

    /** A Person (a reporter) or an Organization (when the paper itself is the byline). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Party(@JsonProperty("@type") String type, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Publisher(@JsonProperty("@type") String type, String name, String url, Logo logo) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Logo(@JsonProperty("@type") String type, String url, Integer width, Integer height) {
    }

    record Page(@JsonProperty("@type") String type, @JsonProperty("@id") String id) {
    }

    String toHtmlSafeJson() {
        return HTML_SAFE.writeValueAsString(this);
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only standard (\\uXXXX) escapes are used
        }
    }
}
