package io.sinmun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.sinmun.testing.Chromium;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.Connection;
import org.openqa.selenium.devtools.SeleniumCdpConnection;
import org.openqa.selenium.devtools.idealized.target.model.SessionID;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The installable app in a real browser: the service worker takes over, Chromium reads the
 * manifest and finds the site installable, the CSP is never violated (the JSON-LD included), and
 * with the network cut an article read before still opens while one never read shows the offline page.
 */
@ExtendWith(Chromium.Available.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PwaBrowserTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADLINE = "김상호 하남시장 “국내 ‧ 외 교류, 비대면으로 확대할 것”";
    // Runs before any script of every page: collects what the CSP blocked, as the page saw it.
    private static final String CSP_WATCH = """
            window.__cspViolations = [];
            window.addEventListener('securitypolicyviolation', (e) =>
                window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));
            """;

    private static final Duration CDP_TIMEOUT = Duration.ofSeconds(10);

    private static Chromium chromium;

    @LocalServerPort int port;

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
    void theSiteInstallsAsAnAppAndKeepsReadArticlesForOfflineReading() throws Exception {
        WebDriver browser = chromium.driver();
        ChromiumDriver cdp = (ChromiumDriver) browser;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        chromium.resize(1280, 1600);

        browser.get(url("/"));
        Object scope = script().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.serviceWorker.ready.then((registration) => done(registration.scope));
                """);
        assertThat(scope).isEqualTo(url("/"));
        wait.until(d -> (Boolean) script().executeScript("return navigator.serviceWorker.controller !== null"));
        assertThat(script().executeScript("return navigator.serviceWorker.controller.scriptURL")).isEqualTo(url("/sw.js"));

        // the manifest the page links, as the page fetches it
        JsonNode manifest = JSON.readTree((String) script().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('link[rel=manifest]').href).then((r) => r.text()).then(done);
                """));
        assertThat(manifest.get("name").asString()).isEqualTo("신도시뉴스");
        assertThat(manifest.get("start_url").asString()).isEqualTo("/");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertThat(manifest.get("icons").findValuesAsString("sizes")).contains("192x192", "512x512");
        // and as Chromium parsed it for installation
        Map<String, Object> appManifest = cdp.executeCdpCommand("Page.getAppManifest", Map.of());
        assertThat(appManifest.get("url")).isEqualTo(url("/manifest.webmanifest"));
        assertThat((List<?>) appManifest.get("errors")).isEmpty();
        Map<String, Object> installability = cdp.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        assertThat((List<?>) installability.get("installabilityErrors")).as("Chromium's installability errors")
                .isEmpty();
        assertNoCspViolations("/");

        browser.get(url("/articles/160"));
        assertThat(browser.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(HEADLINE);
        assertThat(browser.findElements(By.cssSelector("script[type='application/ld+json']"))).hasSize(1);
        assertNoCspViolations("/articles/160 with its JSON-LD");
        // the service worker stores the page after handing it over: wait until it has
        wait.until(d -> (Boolean) script().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                caches.match('/articles/160').then((response) => done(response !== undefined));
                """));

        HasNetworkConditions network = (HasNetworkConditions) browser;
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        network.setNetworkConditions(offline);
        Connection browserSession = SeleniumCdpConnection.create(browser).orElseThrow();
        try {
            serviceWorkersOffline(browserSession, true);
            browser.navigate().refresh();
            assertThat(browser.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(HEADLINE);
            assertThat(browser.findElement(By.cssSelector(".article-body")).getText())
                    .contains("국제화추진협의회 1월 정기회의");
            chromium.screenshot("offline-article-read-before");

            browser.get(url("/articles/151"));
            assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("인터넷에 연결되어 있지 않습니다");
            assertThat(browser.findElement(By.cssSelector("a.retry")).getText()).isEqualTo("다시 시도");
            // styled from the cached shell, not a browser error page
            assertThat(script().executeScript("return getComputedStyle(document.querySelector('.sections')).backgroundColor"))
                    .isEqualTo("rgb(21, 59, 110)");
            chromium.screenshot("offline-page");
        }
        finally {
            serviceWorkersOffline(browserSession, false);
            browserSession.close();
            network.deleteNetworkConditions();
        }
    }

    /**
     * ChromeDriver's offline emulation covers the page but not its service worker, whose own
     * fetches would still reach the server; so the worker's target gets the same emulation, as
     * DevTools' Offline box does.
     */
    @SuppressWarnings("unchecked")
    private static void serviceWorkersOffline(Connection browserSession, boolean offline) {
        Map<String, Object> targets = browserSession.sendAndWait(null,
                new Command<Map<String, Object>>("Target.getTargets", Map.of(), Map.class), CDP_TIMEOUT);
        List<Map<String, Object>> workers = ((List<Map<String, Object>>) targets.get("targetInfos")).stream()
                .filter(target -> "service_worker".equals(target.get("type"))).toList();
        assertThat(workers).as("service worker targets").isNotEmpty();
        for (Map<String, Object> worker : workers) {
            Map<String, Object> attached = browserSession.sendAndWait(null, new Command<Map<String, Object>>(
                    "Target.attachToTarget", Map.of("targetId", worker.get("targetId"), "flatten", true), Map.class),
                    CDP_TIMEOUT);
            SessionID session = new SessionID((String) attached.get("sessionId"));
            browserSession.sendAndWait(session, new Command<Map<String, Object>>("Network.enable", Map.of(), Map.class),
                    CDP_TIMEOUT);
            browserSession.sendAndWait(session, new Command<Map<String, Object>>("Network.emulateNetworkConditions",
                    Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1),
                    Map.class), CDP_TIMEOUT);
        }
    }

    @Test
    void theViolationWatchReportsWhatTheCspBlocks() {
        // the CSP checks above are only worth something if a real violation would show up
        chromium.driver().get(url("/offline"));
        script().executeScript("document.querySelector('main').setAttribute('style', 'color: red')");
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
                .until(d -> !violations().isEmpty());
        assertThat(violations()).anyMatch(v -> v.startsWith("style-src"));
    }

    private void assertNoCspViolations(String page) {
        assertThat(violations()).as("CSP violations on " + page).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) script().executeScript("return window.__cspViolations");
    }

    private JavascriptExecutor script() {
        return (JavascriptExecutor) chromium.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
