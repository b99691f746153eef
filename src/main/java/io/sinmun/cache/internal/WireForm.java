package io.sinmun.cache.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * A stored page's response headers, encoded once when it is stored: a hit at the front door
 * ({@link PageCacheFront}) copies these fields without looking up, validating or formatting any
 * header again (that was a third of a hit's time in the servlet filter).
 */
record WireForm(List<HttpField> common, HttpField contentType, HttpField etag, HttpField gzipEtag,
        HttpField length, HttpField gzipLength) {

    static final HttpField HIT = new PreEncodedHttpField(PageCacheFilter.STATUS_HEADER, "HIT");
    static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");
    private static final HttpField VARY = new PreEncodedHttpField(HttpHeader.VARY, HttpHeader.ACCEPT_ENCODING.asString());

    static WireForm of(String contentType, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzip,
            String etag, String gzipEtag, long lastModified) {
        List<HttpField> common = new ArrayList<>(headers.size() + 3);
        common.add(HIT);
        for (Map.Entry<String, String> header : headers) {
            common.add(new PreEncodedHttpField(header.getKey(), header.getValue()));
        }
        common.add(VARY);
        common.add(new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, DateGenerator.formatDate(lastModified)));
        return new WireForm(List.copyOf(common),
                contentType == null ? null : new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType),
                new PreEncodedHttpField(HttpHeader.ETAG, etag), new PreEncodedHttpField(HttpHeader.ETAG, gzipEtag),
                new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length)),
                gzip == null ? null : new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(gzip.length)));
    }
}
