package io.sinmun.feed.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a channel and its items into RSS 2.0 or Atom 1.0 with Rome. Rome writes dates in UTC
 * ("GMT" in RFC 822 for RSS, "Z" in RFC 3339 for Atom) and escapes all text.
 */
final class RomeFeeds {

    private RomeFeeds() {
    }

    static String write(FeedFormat format, FeedChannel channel, List<FeedItem> items) {
        WireFeed feed = format == FeedFormat.RSS ? rss(channel, items) : atom(channel, items);
        feed.setEncoding("UTF-8");
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            if (format == FeedFormat.ATOM) {
                // Rome's Atom generator drops the feed's language; Atom carries it as xml:lang
                document.getRootElement().setAttribute("lang", "ko", Namespace.XML_NAMESPACE);
            }
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
        }
        catch (FeedException ex) {
            throw new IllegalStateException("Could not write the " + format + " feed", ex);
        }
    }

    private static Channel rss(FeedChannel head, List<FeedItem> items) {
        Channel channel = new Channel(FeedFormat.RSS.romeType());
        channel.setTitle(head.title());
        channel.setLink(head.link());
        channel.setDescription(head.description());
        channel.setLanguage("ko");
        channel.setCopyright(blankToNull(head.copyright()));
        channel.setLastBuildDate(date(head.updated()));
        channel.setPubDate(date(head.updated()));
        AtomLinkModuleImpl atom = new AtomLinkModuleImpl();
        atom.setLinks(List.of(link("self", head.selfLink(), FeedFormat.RSS.linkType(), null)));
        channel.getModules().add(atom);
        channel.setItems(items.stream().map(RomeFeeds::rssItem).toList());
        return channel;
    }

    private static Item rssItem(FeedItem entry) {
        Item item = new Item();
        item.setTitle(entry.title());
        item.setLink(entry.link());
        Guid guid = new Guid();
        guid.setValue(entry.link());
        guid.setPermaLink(true);
        item.setGuid(guid);
        item.setPubDate(date(entry.published()));
        // RSS readers take the description as HTML: escape the plain summary so "<b>" stays text
        Description description = new Description();
        description.setType("text/html");
        description.setValue(HtmlUtils.htmlEscape(entry.summary()));
        item.setDescription(description);
        if (entry.html() != null) {
            Content content = new Content(); // written as content:encoded
            content.setType(Content.HTML);
            content.setValue(entry.html());
            item.setContent(content);
        }
        if (entry.category() != null) {
            com.rometools.rome.feed.rss.Category category = new com.rometools.rome.feed.rss.Category();
            category.setValue(entry.category());
            item.setCategories(List.of(category));
        }
        List<Module> modules = new ArrayList<>(item.getModules());
        if (entry.author() != null) {
            // <author> must be an e-mail address in RSS 2.0; a byline is dc:creator
            DCModuleImpl dc = new DCModuleImpl();
            dc.setCreator(entry.author());
            modules.add(dc);
        }
        if (entry.image() != null) {
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(entry.image().url());
            enclosure.setType(entry.image().type());
            enclosure.setLength(entry.image().length());
            item.setEnclosures(List.of(enclosure));
            modules.add(media(entry.image()));
        }
        item.setModules(modules);
        return item;
    }

    private static Feed atom(FeedChannel head, List<FeedItem> items) {
        Feed feed = new Feed(FeedFormat.ATOM.romeType());
        feed.setId(head.selfLink());
        feed.setTitleEx(text(head.title()));
        feed.setSubtitle(text(head.description()));
        feed.setRights(blankToNull(head.copyright()));
        feed.setUpdated(date(head.updated() == null ? Instant.EPOCH : head.updated()));
        feed.setAlternateLinks(List.of(link("alternate", head.link(), "text/html", null)));
        feed.setOtherLinks(List.of(link("self", head.selfLink(),
                FeedFormat.ATOM.linkType(), null)));
        // Atom wants an author on every entry; the paper stands in where there is no byline
        feed.setAuthors(List.of(person(head.publisher())));
        feed.setEntries(items.stream().map(RomeFeeds::atomEntry).toList());
        return feed;
    }

    private static Entry atomEntry(FeedItem item) {
        Entry entry = new Entry();
        entry.setId(item.link());
        entry.setTitleEx(text(item.title()));
        entry.setAlternateLinks(List.of(link("alternate", item.link(), "text/html", null)));
        entry.setPublished(date(item.published()));
        entry.setUpdated(date(item.updated()));
        if (item.author() != null) {
            entry.setAuthors(List.of(person(item.author())));
        }
        if (item.category() != null) {
            com.rometools.rome.feed.atom.Category category = new com.rometools.rome.feed.atom.Category();
            category.setTerm(item.category());
            category.setLabel(item.category());
            entry.setCategories(List.of(category));
        }
        entry.setSummary(text(item.summary()));
        if (item.html() != null) {
            com.rometools.rome.feed.atom.Content content = new com.rometools.rome.feed.atom.Content();
            content.setType(com.rometools.rome.feed.atom.Content.HTML);
            content.setValue(item.html());
            entry.setContents(List.of(content));
        }
        if (item.image() != null) {
            entry.setOtherLinks(List.of(link("enclosure", item.image().url(), item.image().type(),
                    item.image().length())));
            entry.setModules(new ArrayList<>(List.of(media(item.image()))));
        }
        return entry;
    }

    private static MediaEntryModuleImpl media(FeedItem.Image image) {
        MediaContent content = new MediaContent(new UrlReference(java.net.URI.create(image.url())));
        content.setType(image.type());
        content.setMedium("image");
        content.setFileSize(image.length());
        content.setWidth(image.width());
        content.setHeight(image.height());
        MediaEntryModuleImpl media = new MediaEntryModuleImpl();
        media.setMediaContents(new MediaContent[] { content });
        return media;
    }

    private static Link link(String rel, String href, String type, Long length) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        if (length != null) {
            link.setLength(length);
        }
        return link;
    }

    private static com.rometools.rome.feed.atom.Content text(String value) {
        com.rometools.rome.feed.atom.Content content = new com.rometools.rome.feed.atom.Content();
        content.setType(com.rometools.rome.feed.atom.Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
