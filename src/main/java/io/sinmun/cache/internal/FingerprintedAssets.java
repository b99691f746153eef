package io.sinmun.cache.internal;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Static files asked for by their fingerprinted name ({@code /css/site-<md5>.css}, written into
 * pages by Spring's resource chain, {@code spring.web.resources.chain.strategy.content}) never
 * change under that name: one year, {@code immutable}, so browsers do not even revalidate. The
 * plain names ({@code /css/site.css}, which the service worker precaches) keep the short default.
 */
class FingerprintedAssets extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern FINGERPRINTED = Pattern.compile("/(css|js|img|icons)/.+-[0-9a-f]{32}\\.[a-z0-9]+");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !FINGERPRINTED.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
