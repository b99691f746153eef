package io.sinmun.feed.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.sinmun.system.SeoulTime;

/**
 * Writes one sitemap document element by element to a stream (sitemaps.org 0.9, and the Google
 * News 0.9 extension); the writer escapes all text. Nothing is held but the open elements.
 */
final class SitemapXml implements AutoCloseable {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    private SitemapXml(OutputStream out, String root, boolean news) {
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(SITEMAP);
            if (news) {
                xml.writeNamespace("news", NEWS);
            }
        }
        catch (XMLStreamException ex) {
            throw failure(ex);
        }
    }

    /** A {@code <urlset>}. */
    static SitemapXml urlset(OutputStream out, boolean news) {
        return new SitemapXml(out, "urlset", news);
    }

    /** A {@code <sitemapindex>}. */
    static SitemapXml index(OutputStream out) {
        return new SitemapXml(out, "sitemapindex", false);
    }

    void url(String loc, Instant lastModified) {
        entry("url", loc, lastModified);
    }

    void sitemap(String loc, Instant lastModified) {
        entry("sitemap", loc, lastModified);
    }

    void newsUrl(String loc, String publication, Instant published, String title) {
        try {
            xml.writeStartElement("url");
            text("loc", loc);
            xml.writeStartElement("news", "news", NEWS);
            xml.writeStartElement("news", "publication", NEWS);
            newsText("name", publication);
            newsText("language", "ko");
            xml.writeEndElement();
            newsText("publication_date", w3c(published));
            newsText("title", title);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        catch (XMLStreamException ex) {
            throw failure(ex);
        }
    }

    /** W3C datetime in Seoul's offset, to the second: "2021-02-04T10:00:00+09:00". */
    static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(SeoulTime.ZONE).toOffsetDateTime());
    }

    @Override
    public void close() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close(); // leaves the underlying stream open, for the container to finish
        }
        catch (XMLStreamException ex) {
            throw failure(ex);
        }
    }

    private void entry(String element, String loc, Instant lastModified) {
        try {
            xml.writeStartElement(element);
            text("loc", loc);
            if (lastModified != null) {
                text("lastmod", w3c(lastModified));
            }
            xml.writeEndElement();
        }
        catch (XMLStreamException ex) {
            throw failure(ex);
        }
    }

    private void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }

    private void newsText(String element, String value) throws XMLStreamException {
        xml.writeStartElement("news", element, NEWS);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }

    private static RuntimeException failure(XMLStreamException ex) {
        // mostly a reader who went away mid-download
        return ex.getCause() instanceof IOException io ? new UncheckedIOException(io)
                : new IllegalStateException("Could not write a sitemap", ex);
    }
}
