package io.sinmun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.sinmun.testing.Chromium;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An app developer opens Swagger UI: it renders every operation under the site's CSP, from the jar. */
@ExtendWith(Chromium.Available.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiBrowserTests {

    @LocalServerPort int port;

    @Test
    void swaggerUiListsTheApi() {
        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            chromium.resize(1280, 1600);
            browser.get("http://localhost:" + port + "/swagger-ui/index.html");
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
            assertThat(browser.findElements(By.cssSelector(".opblock")).size()).isGreaterThanOrEqualTo(9);
            assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("Sinmun API");
            chromium.screenshot("swagger-ui");
        }
    }
}
