package io.sinmun.system.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;

import tools.jackson.databind.json.JsonMapper;

/** An RFC 9457 problem document as a view, so the error mapping can answer API clients in JSON. */
class ProblemJsonView implements View {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpStatus status;
    private final String title;
    private final String detail;

    ProblemJsonView(HttpStatus status, String title, String detail) {
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    @Override
    public String getContentType() {
        return "application/problem+json";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(getContentType());
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), problem);
    }
}
