package io.sinmun.cache.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes fingerprinted names into pages for the static folders only, once per name. Spring's
 * own {@link ResourceUrlEncodingFilter} (which this replaces) asks the resource chain about every
 * link a template builds, {@code /articles/…} included, and a name that is no file is looked up
 * in the jar again each time: some forty jar lookups per board page, which made a render take
 * tens of milliseconds. The files do not change while the application runs, so names are kept.
 * Other links are returned as written: sessions are tracked by cookie only
 * ({@code server.servlet.session.tracking-modes=cookie}), so there is no session id to add, and
 * Jetty's encodeURL parsed every link to find that out (a tenth of an article render's garbage).
 */
class StaticUrlEncoding extends ResourceUrlEncodingFilter {

    private static final Pattern STATIC = Pattern.compile("/(css|js|img|icons)/[^?#]+");

    private final ResourceUrlProvider urls;
    private final Map<String, String> fingerprinted = new ConcurrentHashMap<>();

    StaticUrlEncoding(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(http) {
            @Override
            public String encodeURL(String url) {
                if (url != null && STATIC.matcher(url).matches()) {
                    return fingerprinted.computeIfAbsent(url, this::lookUp);
                }
                return url;
            }

            private String lookUp(String url) {
                String found = urls.getForLookupPath(url);
                return found == null ? url : found;
            }
        });
    }
}
