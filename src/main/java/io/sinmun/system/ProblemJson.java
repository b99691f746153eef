package io.sinmun.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

import tools.jackson.databind.json.JsonMapper;

/** Writes an RFC 9457 problem document where Spring MVC's converters do not reach (filters, error views). */
public final class ProblemJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), problem);
    }
}
