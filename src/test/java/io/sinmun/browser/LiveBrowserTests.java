package io.sinmun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.Articles;
import io.sinmun.section.Sections;
import io.sinmun.testing.Chromium;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader's open page learns of news without reloading: the breaking banner on every page, the
 * "새 기사 N건" notice on the list, on a phone-sized window, with nothing blocked by the CSP.
 */
@ExtendWith(Chromium.Available.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sinmun.test.context=live-browser", "sinmun.scheduling.initial-delay=1h", "sinmun.live.heartbeat=500ms" })
class LiveBrowserTests {

    private static final String CSP_WATCH = """
            window.__cspViolations = [];
            window.addEventListener('securitypolicyviolation', (e) =>
                window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
            """;

    private static Chromium chromium;

    @LocalServerPort int port;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired Sections sections;
    @Autowired Articles articles;

    @BeforeAll
    static void openBrowser() {
        chromium = new Chromium();
        ((ChromiumDriver) chromium.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", CSP_WATCH));
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOpenListShowsTheBreakingBannerAndTheNewArticlesNotice() throws Exception {
        WebDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        chromium.resize(390, 844);
        browser.get("http://127.0.0.1:" + port + "/");
        assertThat(browser.findElements(By.id("live-fresh"))).isEmpty();
        waitForStream(wait);

        publish("하남시, 새 도서관 착공", false);
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("live-fresh")));
        assertThat(notice.getText()).contains("새 기사 1건").contains("새로 보기");

        long breaking = publish("하남 교산지구 광역교통대책 확정", true);
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("live-breaking")));
        assertThat(banner.getText()).contains("속보").contains("하남 교산지구 광역교통대책 확정");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-fresh"), "새 기사 2건"));
        assertThat(banner.findElement(By.cssSelector("a")).getAttribute("href"))
                .endsWith("/articles/" + number(breaking));
        assertThat(banner.getRect().getY()).as("at the top").isZero();
        assertThat(banner.getRect().getWidth()).as("fits the phone").isLessThanOrEqualTo(390);
        chromium.screenshot("live-breaking-and-new-articles");

        notice.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".board-table tbody tr"),
                "하남 교산지구 광역교통대책 확정"));
        assertThat(browser.findElements(By.id("live-fresh"))).as("the reloaded list is current").isEmpty();

        waitForStream(wait);
        publish("하남시 속보 두 번째", true);
        banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("live-breaking")));
        banner.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("live-breaking")));
        assertThat((List<?>) ((JavascriptExecutor) browser).executeScript("return window.__cspViolations")).isEmpty();
    }

    @Test
    void aSectionListCountsOnlyItsOwnSection() throws Exception {
        WebDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        chromium.resize(390, 844);
        browser.get("http://127.0.0.1:" + port + "/sections/culture");
        waitForStream(wait);
        publish("경제면 기사", false, "economy");
        publish("문화면 기사", false, "culture");
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("live-fresh")));
        assertThat(notice.getText()).contains("새 기사 1건");
    }

    /** live.js marks the page once its stream is open (the server registers it before answering). */
    private static void waitForStream(WebDriverWait wait) {
        wait.until(driver -> "open".equals(((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.dataset.live")));
    }

    private long publish(String headline, boolean breaking) {
        return publish(headline, breaking, "society");
    }

    private long publish(String headline, boolean breaking, String section) {
        long id = lifecycle.createDraft(new ArticleDraft(sections.findBySlug(section).orElseThrow().id(), headline, null,
                "<p>본문</p>", null, null, null, null, List.of()), "테스트");
        lifecycle.publish(id, false, breaking);
        return id;
    }

    private long number(long id) {
        return articles.findById(id).orElseThrow().number();
    }
}
