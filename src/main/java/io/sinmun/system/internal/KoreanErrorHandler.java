package io.sinmun.system.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The page for errors Jetty answers itself, before Spring sees the request (a request line or
 * header it cannot parse, a URL with broken percent-encoding or an ambiguous path): the same short
 * Korean page, never Jetty's English report with the reason or a stack trace.
 */
class KoreanErrorHandler extends ErrorHandler {

    private static final HttpField HTML_UTF8 = new HttpField(HttpHeader.CONTENT_TYPE,
            MimeTypes.Type.TEXT_HTML_UTF_8.asString());

    KoreanErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    static String page(int status) {
        boolean client = status < 500;
        String title = client ? "잘못된 요청입니다" : "일시적인 오류가 발생했습니다";
        String message = client ? "주소나 입력값을 해석할 수 없습니다. 주소를 다시 확인해 주세요."
                : "잠시 후 다시 시도해 주세요. 문제가 계속되면 운영자에게 알려 주세요.";
        return "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body>"
                + "<main class=\"wrap error-page\"><p class=\"error-status\">" + status + "</p><h1>" + title
                + "</h1><p>" + message + "</p><p><a class=\"back-to-list\" href=\"/\">첫 페이지로</a></p>"
                + "</main></body></html>";
    }

    /** A request the parser refused (bad request line, headers, URI): answered without a request object. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HTML_UTF8);
        return ByteBuffer.wrap(page(status).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HTML_UTF8);
        response.write(true, ByteBuffer.wrap(page(code).getBytes(StandardCharsets.UTF_8)), callback);
    }
}
