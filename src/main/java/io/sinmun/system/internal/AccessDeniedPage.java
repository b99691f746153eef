package io.sinmun.system.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** A refused request (missing role, bad CSRF token) gets the Korean 403 page, rendered by the error controller. */
class AccessDeniedPage implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        request.setAttribute("sinmun.denied", denied.getClass().getSimpleName().contains("Csrf")
                ? "보안 토큰이 만료되었거나 올바르지 않습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요."
                : "이 작업을 할 권한이 없습니다.");
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
