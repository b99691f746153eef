package io.sinmun.system.internal;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The page for errors Tomcat answers itself, before Spring sees the request (a URL with broken
 * percent-encoding, say): the same short Korean page, never Tomcat's English report.
 */
public class KoreanErrorReportValve extends ErrorReportValve {

    public KoreanErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        boolean client = status < 500;
        String title = client ? "잘못된 요청입니다" : "일시적인 오류가 발생했습니다";
        String message = client ? "주소나 입력값을 해석할 수 없습니다. 주소를 다시 확인해 주세요."
                : "잠시 후 다시 시도해 주세요. 문제가 계속되면 운영자에게 알려 주세요.";
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                        + "</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body>"
                        + "<main class=\"wrap error-page\"><p class=\"error-status\">" + status + "</p><h1>" + title
                        + "</h1><p>" + message + "</p><p><a class=\"back-to-list\" href=\"/\">첫 페이지로</a></p>"
                        + "</main></body></html>");
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException ex) {
            // the client is gone or the response is committed: nothing left to tell it
        }
    }
}
