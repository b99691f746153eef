package io.sinmun.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sinmun.SinmunApplication;
import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.Role;
import io.sinmun.testing.TestDataDirectory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The first administrator: from SINMUN_ADMIN_PASSWORD, or through the one-time setup link in the log. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

    private final Path dir = TestDataDirectory.create();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void removeData() {
        TestDataDirectory.delete(dir);
    }

    @Test
    void theAdminPasswordFromTheEnvironmentCreatesAdminAndIsNeverLogged(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start("--sinmun.admin-password=Hanam-first-desk-19")) {
            assertThat(app.getBean(Accounts.class).findByUsername("admin")).hasValueSatisfying(
                    a -> assertThat(a.role()).isEqualTo(Role.ADMIN));
            assertThat(output).contains("Created the first administrator 'admin'")
                    .doesNotContain("Hanam-first-desk-19").doesNotContain("/setup?token=");
        }
    }

    @Test
    void withoutItTheLogCarriesAOneTimeSetupLink(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            Matcher link = Pattern.compile("/setup\\?token=([A-Za-z0-9_-]+)").matcher(output.getOut());
            assertThat(link.find()).isTrue();
            String token = link.group(1);
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");

            assertThat(get(base + "/setup?token=wrong-token").statusCode()).isEqualTo(404);
            HttpResponse<String> form = get(base + "/setup?token=" + token);
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains("첫 관리자 만들기");

            // a weak password is refused and the link stays usable
            String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String csrf = csrf(form.body());
            HttpResponse<String> weak = post(base + "/setup", cookie, "token=" + token + "&username=chief"
                    + "&displayName=%ED%8E%B8%EC%A7%91%EC%9E%A5&password=password123&passwordConfirm=password123&_csrf=" + csrf);
            assertThat(weak.statusCode()).isEqualTo(200);
            assertThat(weak.body()).contains("흔해서");
            assertThat(app.getBean(Accounts.class).none()).isTrue();

            HttpResponse<String> ok = post(base + "/setup", cookie, "token=" + token + "&username=chief"
                    + "&displayName=%ED%8E%B8%EC%A7%91%EC%9E%A5&password=Hanam-desk-2026!&passwordConfirm=Hanam-desk-2026!&_csrf=" + csrf);
            assertThat(ok.statusCode()).isEqualTo(302);
            assertThat(ok.headers().firstValue("Location").orElseThrow()).endsWith("/login?setup");
            assertThat(app.getBean(Accounts.class).findByUsername("chief")).isPresent();
            assertThat(get(base + "/setup?token=" + token).statusCode()).isEqualTo(404);
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--sinmun.data-dir=" + dir;
        args[2] = "--sinmun.demo=false";
        System.arraycopy(extra, 0, args, 3, extra.length);
        return new SpringApplicationBuilder(SinmunApplication.class).run(args);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String cookie, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
