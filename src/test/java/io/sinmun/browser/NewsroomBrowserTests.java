package io.sinmun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.Role;
import io.sinmun.testing.Chromium;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The newsroom in a real browser: a reporter writes an article with a photo in the editor and
 * submits it; an editor publishes it; readers see it first on the list, with the photo marker.
 */
@ExtendWith(Chromium.Available.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sinmun.test.context=newsroom") // publishes
class NewsroomBrowserTests {

    private static final String PASSWORD = "Hanam-river-2026!";
    private static Chromium chromium;

    @LocalServerPort int port;
    @Autowired Accounts accounts;

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
    void aReporterWritesTheDeskPublishesReadersSeeIt() throws Exception {
        accounts.create("test", "kimreporter", "김기자", null, Role.REPORTER, PASSWORD);
        accounts.create("test", "parkdesk", "박데스크", null, Role.EDITOR, PASSWORD);
        WebDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        chromium.resize(1280, 1800);

        login("kimreporter");
        browser.get(url("/admin/articles/new"));
        browser.findElement(By.name("headline")).sendKeys("하남시, 미사호수공원 야간 산책로 새로 연다");
        browser.findElement(By.name("subheadline")).sendKeys("조명 120개 설치, 3월부터 밤 10시까지");
        browser.findElement(By.name("leadImageFile")).sendKeys(photo().toString());
        browser.findElement(By.name("leadImageCaption")).sendKeys("미사호수공원 산책로");
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#body-editor .ProseMirror")));
        editor.click();
        editor.sendKeys("하남시는 미사호수공원 산책로에 조명을 설치해 야간에도 걸을 수 있게 한다고 밝혔다.");
        assertThat(browser.findElement(By.id("body-html")).isDisplayed()).as("the editor replaces the textarea").isFalse();
        chromium.screenshot("newsroom-editor");
        browser.findElement(By.cssSelector("#article-form button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nr-ok"), "초안으로 저장"));
        assertThat(browser.findElement(By.cssSelector(".nr-lead-preview")).getAttribute("src")).contains("/media/");
        browser.findElement(By.xpath("//button[text()='데스크로 송고']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nr-ok"), "송고했습니다"));
        assertThat(browser.findElements(By.xpath("//button[text()='지금 발행']"))).as("reporters cannot publish").isEmpty();
        logout();

        login("parkdesk");
        browser.get(url("/admin/articles?status=SUBMITTED"));
        browser.findElement(By.linkText("하남시, 미사호수공원 야간 산책로 새로 연다")).click();
        browser.findElement(By.xpath("//button[text()='지금 발행']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nr-ok"), "발행했습니다"));
        chromium.screenshot("newsroom-published");

        // the newsroom works on a phone: no sideways scrolling on the article list
        chromium.resize(390, 1400);
        browser.get(url("/admin/articles"));
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        chromium.screenshot("newsroom-phone");
        chromium.resize(1280, 1800);

        browser.get(url("/"));
        WebElement first = browser.findElement(By.cssSelector(".board-table tbody tr:first-child"));
        assertThat(first.findElement(By.cssSelector(".col-title a")).getText())
                .isEqualTo("하남시, 미사호수공원 야간 산책로 새로 연다");
        assertThat(first.findElement(By.cssSelector(".col-author")).getText()).isEqualTo("김기자");
        assertThat(first.findElements(By.cssSelector("img.image-marker"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".counter")).getText()).startsWith("오늘 1 / 전체 21");
        first.findElement(By.cssSelector(".col-title a")).click();
        assertThat(browser.findElement(By.cssSelector(".article-body")).getText()).contains("야간에도 걸을 수 있게");
        chromium.screenshot("newsroom-article-live");
        logout();
    }

    private void login(String username) {
        WebDriver browser = chromium.driver();
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/articles"));
    }

    private void logout() {
        WebDriver browser = chromium.driver();
        browser.get(url("/admin/articles"));
        browser.findElement(By.xpath("//button[text()='로그아웃']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
    }

    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 70, 120));
        g.fillRect(0, 0, 1600, 900);
        g.setColor(new Color(250, 210, 120));
        g.fillOval(600, 250, 400, 400);
        g.dispose();
        Path file = Files.createTempFile("sinmun-photo", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
