package io.sinmun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import io.sinmun.testing.Chromium;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader searches from the header box, narrows by section, and opens a hit; desktop and phone. */
@ExtendWith(Chromium.Available.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBrowserTests {

    private static Chromium chromium;

    @LocalServerPort int port;

    @BeforeAll
    static void openBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aReaderSearchesFromTheHeaderAndOpensAHit() {
        WebDriver browser = chromium.driver();
        chromium.resize(1280, 1400);
        browser.get("http://localhost:" + port + "/");
        WebElement box = browser.findElement(By.cssSelector(".masthead-search input[name=q]"));
        box.sendKeys("비대면으로");
        box.submit();

        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/search");
        assertThat(browser.findElement(By.cssSelector(".counter")).getText()).isEqualTo("검색 결과 2건");
        assertThat(browser.findElements(By.cssSelector(".search-results li"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".search-results mark"))).isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.getText()).isEqualTo("비대면"));
        chromium.screenshot("search-desktop");

        chromium.resize(390, 1400);
        browser.get("http://localhost:" + port + "/search?q=%ED%95%98%EB%82%A8%EC%8B%9C&section=culture");
        assertThat(browser.findElements(By.cssSelector(".search-results li"))).isNotEmpty();
        Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        chromium.screenshot("search-phone");

        browser.findElement(By.cssSelector(".search-results li h3 a")).click();
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).startsWith("/articles/");
    }
}
