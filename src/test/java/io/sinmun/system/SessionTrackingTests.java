package io.sinmun.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session id travels in its cookie only: never in a link or a redirect, where a shared
 * address or a log would hand the newsroom session to someone else. Over real HTTP, because the
 * servlet container (not MockMvc) is what would rewrite links for a new session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionTrackingTests {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aNewSessionIsACookieAndNoLinkOrRedirectCarriesItsId() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        // the login form's CSRF token lives in the session: the page is where a new one starts
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="));
        assertThat(login.body()).contains("<form").doesNotContainIgnoringCase("jsessionid");

        HttpResponse<String> guarded = get("/admin/articles");
        assertThat(guarded.statusCode()).isEqualTo(302);
        assertThat(guarded.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
