package io.sinmun.cache.internal;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Supplier;

import io.sinmun.cache.PageRead;
import io.sinmun.cache.PageReadListener;

import org.eclipse.jetty.http.DateParser;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The page cache's front door: a Jetty handler outside the whole servlet stack that answers
 * fresh stored pages straight from {@link PageStore}, with headers encoded when the page was
 * stored ({@link WireForm}). Everything else (misses, expired pages due a render, anything that
 * might be a newsroom login) goes on to the servlet path, where {@link PageCacheFilter} renders,
 * stores, and applies the same rules. A hit here skips the servlet request wrappers, the filter
 * chain, Jetty's statistics and gzip handlers: it costs about half of a hit in the filter
 * (docs/performance.md). {@link PageReadListener}s (the view counter) hear every hit answered here.
 */
final class PageCacheFront extends Handler.Wrapper {

    private final Supplier<PageStore> stores;
    private final Supplier<List<PageReadListener>> listenerLookup;
    private final List<String> sessionCookies;
    private volatile PageStore store;
    private volatile List<PageReadListener> listeners;

    /** Looked up at the first request: the server is built before the application's beans. */
    PageCacheFront(Handler next, Supplier<PageStore> stores, Supplier<List<PageReadListener>> listeners,
            List<String> sessionCookies) {
        super(next);
        this.stores = stores;
        this.listenerLookup = listeners;
        this.sessionCookies = sessionCookies.stream().map(name -> name + "=").toList();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        CachedPage page = hit(request);
        if (page == null) {
            return super.handle(request, response, callback);
        }
        boolean get = HttpMethod.GET.is(request.getMethod());
        if (get) {
            CoreRead read = new CoreRead(request, response);
            for (PageReadListener listener : listeners()) {
                listener.read(read);
            }
        }
        send(page, get, request.getHeaders(), response, callback);
        return true;
    }

    /** The stored page this request may be answered with here, or null to pass it on. */
    private CachedPage hit(Request request) {
        String method = request.getMethod();
        boolean get = HttpMethod.GET.is(method);
        if (!get && !HttpMethod.HEAD.is(method)) {
            return null;
        }
        HttpURI uri = request.getHttpURI();
        String path = uri.getPath();
        if (path == null || !CacheablePaths.matches(path)) {
            return null;
        }
        HttpFields headers = request.getHeaders();
        if (headers.contains(HttpHeader.AUTHORIZATION) || mayBeLoggedIn(headers)) {
            return null;
        }
        String key = PageCacheFilter.key(request.isSecure(), path, uri.getQuery(), headers.get(HttpHeader.ORIGIN));
        if (key == null) {
            return null;
        }
        CachedPage page = store().get(key);
        if (page == null) {
            return null;
        }
        // an expired page is rendered again by the first GET (in the filter); meanwhile it is served
        if (get && !page.isFresh(System.nanoTime()) && !page.refreshing().get()) {
            return null;
        }
        return page;
    }

    /** Any session cookie: only the servlet path can tell a newsroom login from an anonymous session. */
    private boolean mayBeLoggedIn(HttpFields headers) {
        for (HttpField field : headers) {
            if (field.getHeader() == HttpHeader.COOKIE) {
                for (String cookie : sessionCookies) {
                    if (field.getValue().contains(cookie)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void send(CachedPage page, boolean get, HttpFields request, Response response, Callback callback) {
        WireForm wire = page.wire();
        boolean gzip = page.gzip() != null && PageCacheFilter.acceptsGzip(request.get(HttpHeader.ACCEPT_ENCODING));
        HttpFields.Mutable headers = response.getHeaders();
        for (HttpField field : wire.common()) {
            headers.add(field);
        }
        headers.add(gzip ? wire.gzipEtag() : wire.etag());
        if (notModified(page, request)) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            response.write(true, null, callback);
            return;
        }
        response.setStatus(HttpStatus.OK_200);
        if (wire.contentType() != null) {
            headers.add(wire.contentType());
        }
        if (gzip) {
            headers.add(WireForm.GZIP);
        }
        headers.add(gzip ? wire.gzipLength() : wire.length());
        response.write(true, get ? ByteBuffer.wrap(gzip ? page.gzip() : page.body()) : null, callback);
    }

    /** As {@link PageCacheFilter#notModified}: If-None-Match wins, else If-Modified-Since. */
    private static boolean notModified(CachedPage page, HttpFields request) {
        String match = request.get(HttpHeader.IF_NONE_MATCH);
        if (match != null) {
            return PageCacheFilter.matches(page, match);
        }
        String since = request.get(HttpHeader.IF_MODIFIED_SINCE);
        if (since == null) {
            return false;
        }
        long date = DateParser.parseDate(since);
        return date >= 0 && page.lastModified() <= date;
    }

    private PageStore store() {
        PageStore current = store;
        if (current == null) {
            current = stores.get();
            store = current;
        }
        return current;
    }

    private List<PageReadListener> listeners() {
        List<PageReadListener> current = listeners;
        if (current == null) {
            current = List.copyOf(listenerLookup.get());
            listeners = current;
        }
        return current;
    }

    /** A hit as its listeners see it. */
    private record CoreRead(Request request, Response response) implements PageRead {

        @Override
        public String path() {
            return request.getHttpURI().getPath();
        }

        @Override
        public String header(String name) {
            return request.getHeaders().get(name);
        }

        @Override
        public String cookie(String name) {
            if (!request.getHeaders().contains(HttpHeader.COOKIE)) {
                return null;
            }
            for (HttpCookie cookie : Request.getCookies(request)) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
            return null;
        }

        @Override
        public String remoteAddress() {
            return Request.getRemoteAddr(request);
        }

        @Override
        public boolean secure() {
            return request.isSecure();
        }

        @Override
        public void addResponseHeader(String name, String value) {
            response.getHeaders().add(name, value);
        }
    }
}
