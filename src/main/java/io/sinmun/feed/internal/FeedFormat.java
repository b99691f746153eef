package io.sinmun.feed.internal;

import org.springframework.http.MediaType;

/** The two feed formats: Rome's name for each, the content type served, and the file name. */
enum FeedFormat {

    RSS("rss_2.0", "application/rss+xml;charset=UTF-8", "rss.xml"),
    ATOM("atom_1.0", "application/atom+xml;charset=UTF-8", "atom.xml");

    private final String romeType;
    private final MediaType mediaType;
    private final String fileName;

    FeedFormat(String romeType, String mediaType, String fileName) {
        this.romeType = romeType;
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.fileName = fileName;
    }

    String romeType() {
        return romeType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** Without the charset, as a link's type attribute wants it. */
    String linkType() {
        return mediaType.getType() + "/" + mediaType.getSubtype();
    }

    String fileName() {
        return fileName;
    }
}
