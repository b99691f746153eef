package io.sinmun.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import io.sinmun.SinmunApplication;
import io.sinmun.testing.TestDataDirectory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** SINMUN_ADMIN_TOKEN lets automation write on a brand-new installation, without a browser. */
@ExtendWith(OutputCaptureExtension.class)
class TokenBootstrapTests {

    private static final String TOKEN = "automation-token-0123456789abcdefghij";
    private final Path dir = TestDataDirectory.create();

    @AfterEach
    void removeData() {
        TestDataDirectory.delete(dir);
    }

    @Test
    void theAdminTokenWorksOnAFreshInstallAndIsNeverLogged(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SinmunApplication.class).run(
                "--server.port=0", "--sinmun.data-dir=" + dir, "--sinmun.demo=false", "--sinmun.admin-token=" + TOKEN)) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/articles")).header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"headline\": \"자동화로 쓴 첫 기사\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.body()).contains("자동화로 쓴 첫 기사", "\"reporter\":\"관리자\"");
            assertThat(output).contains("SINMUN_ADMIN_TOKEN is active").doesNotContain(TOKEN)
                    .doesNotContain("/setup?token=");
        }
    }
}
