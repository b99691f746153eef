package io.sinmun.feed;

import java.io.StringReader;
import java.net.URL;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Reads what the feed module wrote the way a client would: Rome for feeds, XML Schema for sitemaps. */
final class FeedReading {

    private FeedReading() {
    }

    /** Parsed by Rome, keeping the RSS or Atom objects underneath ({@code getWireEntry()}). */
    static SyndFeed feed(String xml) throws Exception {
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(true);
        return input.build(new StringReader(xml));
    }

    static SyndEntry entry(SyndFeed feed, String link) {
        return feed.getEntries().stream().filter(e -> e.getLink().equals(link)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + link));
    }

    static List<String> links(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getLink).toList();
    }

    /** The raw document, namespace prefixes kept, for what Rome does not expose. */
    static Document xml(String xml) {
        return Jsoup.parse(xml, "", Parser.xmlParser());
    }

    /** sitemap.xsd, siteindex.xsd and sitemap-news.xsd from the test resources (transcriptions, see there). */
    static Schema schema(String... names) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Source[] sources = new Source[names.length];
        for (int i = 0; i < names.length; i++) {
            URL url = FeedReading.class.getResource("/sitemaps/" + names[i]);
            sources[i] = new StreamSource(url.openStream(), url.toExternalForm());
        }
        return factory.newSchema(sources);
    }

    /** Throws with the validator's message when the document breaks the schema. */
    static void validate(Schema schema, String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
