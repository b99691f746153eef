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
 * Requests so broken that Tomcat answers them itself, sent over a raw socket (HTTP clients refuse
 * to send them): still a Korean 400 page, never Tomcat's report or a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestTests {

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(strings = { "/%", "/a%00b", "/articles/%2e%2e%2f", "/articles/160?page=%ff%fe", "/?page=%zz",
            "/sections/%2E%2E", "/sections/a%2Fb", "/articles/160/..%2F..%2Fetc", "/admin/..;/articles" })
    void brokenAddressesGetAKorean400(String target) throws IOException {
        String response = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400").contains("잘못된 요청입니다").doesNotContain("Tomcat")
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
