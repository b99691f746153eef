package io.sinmun.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests so broken that the server (Jetty) answers them itself, sent over a raw socket (HTTP clients
 * refuse to send them): still a Korean 400 page, never Jetty's report or a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestTests {

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(strings = { "/%", "/a%00b", "/articles/%2e%2e%2f", "/articles/160?page=%ff%fe", "/?page=%zz",
            "/sections/%2E%2E", "/sections/a%2Fb", "/articles/160/..%2F..%2Fetc", "/admin/..;/articles" })
    void brokenAddressesGetAKorean400(String target) throws IOException {
        String response = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400").contains("잘못된 요청입니다").doesNotContain("Jetty")
                .doesNotContain("Tomcat")
                .doesNotContain("Exception");
    }

    /** A request line or headers the parser refuses, before any address is looked at. */
    @ParameterizedTest
    @ValueSource(strings = { "GET /a b HTTP/1.1\r\nHost: localhost\r\n", "GET / HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nX-Broken: a\u0001b\r\n", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n" })
    void brokenRequestsGetAKorean400(String head) throws IOException {
        String response = send(head + "Connection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400").contains("잘못된 요청입니다").doesNotContain("Jetty")
                .doesNotContain("Exception");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
