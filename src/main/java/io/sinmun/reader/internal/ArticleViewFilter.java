package io.sinmun.reader.internal;

import java.io.IOException;

import io.sinmun.cache.PageRead;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the article views the application answers itself (renders, and hits the servlet-side
 * page cache answers), ahead of that cache. Hits answered at the cache's front door never come
 * here: the front door tells {@link ArticleViewListener} itself, so every read counts once.
 */
class ArticleViewFilter extends OncePerRequestFilter {

    private final ArticleViewListener views;

    ArticleViewFilter(ArticleViewListener views) {
        this.views = views;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod())) {
            views.read(new ServletRead(request, response));
        }
        chain.doFilter(request, response);
    }

    private record ServletRead(HttpServletRequest request, HttpServletResponse response) implements PageRead {

        @Override
        public String path() {
            return request.getRequestURI();
        }

        @Override
        public String header(String name) {
            return request.getHeader(name);
        }

        @Override
        public String cookie(String name) {
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if (name.equals(cookie.getName())) {
                        return cookie.getValue();
                    }
                }
            }
            return null;
        }

        @Override
        public String remoteAddress() {
            return request.getRemoteAddr();
        }

        @Override
        public boolean secure() {
            return request.isSecure();
        }

        @Override
        public void addResponseHeader(String name, String value) {
            response.addHeader(name, value);
        }
    }
}
