package io.sinmun.cache.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;

import io.sinmun.article.ArticleReads;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers cacheable requests from {@link PageStore}, and stores what a render of one produced.
 * Runs before Spring Security: a stored page keeps the security headers of the render that made
 * it, and a hit costs a map lookup and a write. See docs/performance.md for the rules.
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final String STATUS_HEADER = "X-Cache";
    private static final Duration LONGEST_RENDER = Duration.ofMinutes(1);
    private static final int MAX_KEY = 512;
    private static final int MIN_GZIP = 256;
    // set by the filter on every answer; never copied from a render into a stored page
    private static final Set<String> OWN_HEADERS = Set.of("set-cookie", "content-length", "content-type",
            "transfer-encoding", "date", "etag", "last-modified", "vary", "content-encoding", STATUS_HEADER.toLowerCase(Locale.ROOT));

    // a reader waits this long for another request's render of the same page, then renders it too
    private static final Duration COALESCE_WAIT = Duration.ofSeconds(2);

    private final PageStore store;
    private final PageCacheProperties properties;
    private final Map<String, CompletableFuture<CachedPage>> inFlight = new ConcurrentHashMap<>();
    private final Doorkeeper doorkeeper;

    PageCacheFilter(PageStore store, PageCacheProperties properties) {
        this.store = store;
        this.properties = properties;
        this.doorkeeper = new Doorkeeper(properties.storeOnFirstRead());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || !CacheablePaths.matches(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        if (key == null || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || NewsroomSessions.isLoggedIn(request)) {
            response.setHeader(STATUS_HEADER, "BYPASS");
            chain.doFilter(request, response);
            return;
        }
        CachedPage page = store.get(key);
        boolean refresh = false;
        if (page != null) {
            refresh = !page.isFresh(System.nanoTime()) && "GET".equals(request.getMethod()) && page.claimRefresh();
            if (!refresh) {
                response.setHeader(STATUS_HEADER, "HIT");
                send(page, request, response, true);
                return;
            }
        }
        response.setHeader(STATUS_HEADER, "MISS");
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        CompletableFuture<CachedPage> rendering = new CompletableFuture<>();
        CompletableFuture<CachedPage> ahead = refresh ? null : inFlight.putIfAbsent(key, rendering);
        if (ahead != null) {
            // another request is rendering this page: wait for it rather than render it again
            CachedPage rendered = awaitQuietly(ahead);
            if (rendered != null) {
                response.setHeader(STATUS_HEADER, "HIT");
                send(rendered, request, response, true);
                return;
            }
        }
        CachedPage stored = null;
        try {
            stored = render(key, request, response, chain, refresh);
        }
        finally {
            if (refresh) {
                page.refreshing().set(false); // stored anew, or failed: let the next request try
            }
            if (ahead == null && !refresh) {
                inFlight.remove(key, rendering);
                rendering.complete(stored);
            }
        }
    }

    private static CachedPage awaitQuietly(CompletableFuture<CachedPage> rendering) {
        try {
            return rendering.get(COALESCE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
        catch (ExecutionException | TimeoutException ex) {
            return null;
        }
    }

    /**
     * Renders through the chain and answers; returns the page those waiting for this render may
     * be given (stored, or fresh but not worth storing yet), null if none.
     */
    private CachedPage render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            boolean refresh) throws ServletException, IOException {
        long begun = store.begin();
        long started = System.nanoTime();
        int cookiesBefore = response.getHeaders(HttpHeaders.SET_COOKIE).size();
        CapturingResponse capture = new CapturingResponse(response);
        // a public page: browsers may keep it if they ask again (the render may set its own policy)
        capture.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        Set<String> tags;
        try (ArticleReads.Recording reads = ArticleReads.start()) {
            chain.doFilter(request, capture);
            tags = Set.copyOf(reads.tags());
        }
        if (capture.passedThrough()) {
            return null;
        }
        byte[] body = capture.body();
        boolean cacheable = response.getStatus() == HttpServletResponse.SC_OK && !request.isAsyncStarted()
                && response.getHeaders(HttpHeaders.SET_COOKIE).size() == cookiesBefore
                && Duration.ofNanos(System.nanoTime() - started).compareTo(LONGEST_RENDER) < 0;
        if (!cacheable) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return null;
        }
        CachedPage page = page(response, capture.headerNames(), body, tags);
        boolean admitted = refresh || doorkeeper.admit(key);
        boolean stored = admitted && store.store(key, page, begun);
        send(page, request, response, false); // the render's own headers are on the response already
        return stored || !admitted ? page : null; // refused by the store: an invalidation overtook it
    }

    private CachedPage page(HttpServletResponse response, Collection<String> names, byte[] body, Set<String> tags) {
        String contentType = response.getContentType();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : names) {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        byte[] gzip = CacheablePaths.isText(contentType) && body.length >= MIN_GZIP ? gzip(body) : null;
        // validators the render chose itself (the feeds' version, the API's) are kept; else the content's
        String own = names.stream().anyMatch(HttpHeaders.ETAG::equalsIgnoreCase) ? response.getHeader(HttpHeaders.ETAG)
                : null;
        String etag = own != null && own.matches("\"[^\"]{1,100}\"") ? own.substring(1, own.length() - 1) : etag(body);
        long lastModified = lastModified(response, names);
        Duration ttl = CacheablePaths.isLive(contentType) ? properties.liveTtl() : properties.ttl();
        return new CachedPage(contentType, List.copyOf(headers), body, gzip, '"' + etag + '"',
                '"' + etag + "-gz\"", lastModified, tags, ttl);
    }

    private static long lastModified(HttpServletResponse response, Collection<String> names) {
        if (names.stream().anyMatch(HttpHeaders.LAST_MODIFIED::equalsIgnoreCase)) {
            try {
                return java.time.ZonedDateTime.parse(response.getHeader(HttpHeaders.LAST_MODIFIED),
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            }
            catch (RuntimeException unreadable) {
                // fall back to the time of rendering
            }
        }
        return System.currentTimeMillis() / 1000 * 1000;
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response,
            boolean withStoredHeaders) throws IOException {
        boolean gzip = page.gzip() != null && acceptsGzip(request);
        if (withStoredHeaders) {
            for (Map.Entry<String, String> header : page.headers()) {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        byte[] bytes = gzip ? page.gzip() : page.body();
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2); either form's tag matches. */
    static boolean notModified(CachedPage page, HttpServletRequest request) {
        String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null) {
            return matches(page, match);
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && page.lastModified() <= since;
        }
        catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** Whether an If-None-Match list names the page (weak comparison, as for GET). */
    static boolean matches(CachedPage page, String ifNoneMatch) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            tag = tag.startsWith("W/") ? tag.substring(2) : tag;
            if (tag.equals("*") || tag.equals(page.etag()) || tag.equals(page.gzipEtag())) {
                return true;
            }
        }
        return false;
    }

    static boolean acceptsGzip(HttpServletRequest request) {
        return acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
    }

    static boolean acceptsGzip(String accepted) {
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equals("gzip") || parts[0].strip().equals("*")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0{0,3})?");
            }
        }
        return false;
    }

    /**
     * The scheme (HSTS is sent on HTTPS only), the path and query as sent, and the Origin (the
     * API's CORS headers depend on it). Null for keys too long to be a reader's address.
     */
    private static String key(HttpServletRequest request) {
        return key(request.isSecure(), request.getRequestURI(), request.getQueryString(),
                request.getHeader(HttpHeaders.ORIGIN));
    }

    /** The same key for the servlet path and the front door ({@link PageCacheFront}). */
    static String key(boolean secure, String path, String query, String origin) {
        int length = path.length() + (query == null ? 0 : query.length() + 1) + (origin == null ? 0 : origin.length() + 1);
        if (length + 2 > MAX_KEY) {
            return null;
        }
        StringBuilder key = new StringBuilder(length + 2).append(secure ? "s:" : "h:").append(path);
        if (query != null) {
            key.append('?').append(query);
        }
        if (origin != null) {
            key.append(' ').append(origin);
        }
        return key.toString();
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
