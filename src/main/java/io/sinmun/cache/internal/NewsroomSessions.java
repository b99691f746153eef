package io.sinmun.cache.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Who bypasses the cache: a request whose session cookie names a live session that holds a
 * newsroom login. A made-up or expired cookie, or an anonymous session (the login page makes
 * one for its CSRF token), does not: an attacker cannot skip the cache by sending cookies, only
 * by logging in. The check is a lookup in the server's session map, no database.
 */
final class NewsroomSessions {

    private NewsroomSessions() {
    }

    static boolean isLoggedIn(HttpServletRequest request) {
        if (request.getRequestedSessionId() == null) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Object context;
        try {
            context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        catch (IllegalStateException invalidated) {
            return false;
        }
        if (context instanceof SecurityContext security) {
            Authentication authentication = security.getAuthentication();
            return authentication != null && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken);
        }
        return false;
    }
}
