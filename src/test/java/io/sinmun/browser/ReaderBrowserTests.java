package io.sinmun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import io.sinmun.testing.Chromium;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader in a real browser: the list, an article, back to the list; on a desktop and on a phone. */
@ExtendWith(Chromium.Available.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReaderBrowserTests {

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
    void aReaderOpensTheListReadsAnArticleAndGoesBack() {
        WebDriver browser = chromium.driver();
        chromium.resize(1280, 2300);
        browser.get(url("/"));

        assertThat(browser.getTitle()).isEqualTo("신도시뉴스");
        assertThat(text(".counter")).isEqualTo("오늘 0 / 전체 20");
        assertThat(browser.findElements(By.cssSelector(".board-table tbody tr"))).hasSize(20);
        assertThat(text(".board-table tbody tr:first-child .col-title"))
                .contains("서울~양평 간 고속도로 조기 착수");
        assertThat(browser.findElement(By.cssSelector(".board-table tbody tr:first-child img.image-marker"))
                .isDisplayed()).isTrue();
        assertThat(text("footer")).contains("신도시뉴스(주)", "경기,아52090", "청소년보호책임자");
        chromium.screenshot("front-desktop");

        browser.findElement(By.linkText("김상호 하남시장 “국내 ‧ 외 교류, 비대면으로 확대할 것”")).click();
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/articles/160");
        assertThat(text("h1.headline")).isEqualTo("김상호 하남시장 “국내 ‧ 외 교류, 비대면으로 확대할 것”");
        assertThat(text(".article-body")).contains("국제화추진협의회 1월 정기회의");
        assertThat(text(".board-table tr.current .col-title")).contains("비대면으로 확대할 것");
        // a 760-pixel slot at 1x: of 320w, 640w and the 1200w original, the browser needs the original
        assertThat(leadImageSource()).matches(".*/media/[0-9a-f]{64}\\.jpg");
        chromium.screenshot("article-desktop");

        browser.findElement(By.linkText("목록으로")).click();
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/");
        assertThat(text(".counter")).isEqualTo("오늘 0 / 전체 20");
    }

    @Test
    void onAPhoneTheBoardKeepsNumberTitleAndDate() {
        WebDriver browser = chromium.driver();
        chromium.resize(390, 2400);
        browser.get(url("/"));

        WebElement firstRow = browser.findElement(By.cssSelector(".board-table tbody tr:first-child"));
        assertThat(firstRow.findElement(By.cssSelector(".col-title")).isDisplayed()).isTrue();
        assertThat(firstRow.findElement(By.cssSelector(".col-date")).isDisplayed()).isTrue();
        assertThat(firstRow.findElement(By.cssSelector(".col-views")).isDisplayed()).isFalse();
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0L);
        chromium.screenshot("front-phone");

        browser.get(url("/articles/160"));
        assertThat(text("h1.headline")).contains("비대면으로 확대할 것");
        assertThat(leadImageSource()).as("a 358-pixel slot takes the 640 copy").matches(".*/media/[0-9a-f]{64}-640\\.jpg");
        chromium.screenshot("article-phone");
    }

    /** The picture the browser chose from srcset, once it has loaded (naturalWidth is 0 before). */
    private String leadImageSource() {
        var js = (JavascriptExecutor) chromium.driver();
        WebElement image = chromium.driver().findElement(By.cssSelector(".lead-image img"));
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
                .until(d -> ((Number) js.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0",
                        image)).intValue() > 0);
        return (String) js.executeScript("return arguments[0].currentSrc", image);
    }

    private String text(String css) {
        return chromium.driver().findElement(By.cssSelector(css)).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
