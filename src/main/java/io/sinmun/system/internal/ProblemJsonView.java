package io.sinmun.system.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.sinmun.system.ProblemJson;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;

/** An RFC 9457 problem document as a view, so the error mapping can answer API clients in JSON. */
class ProblemJsonView implements View {

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
        ProblemJson.write(request, response, status, title, detail);
    }
}
