package io.sinmun.push.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "알림 받기" button in a real Chromium: it registers the service worker, asks for permission,
 * calls {@code PushManager.subscribe} with the site's VAPID key and stores the subscription with
 * the reader's choice; "알림 끄기" removes it. Chromium has no push service here, so subscribe
 * itself is replaced by a recorder that hands back a subscription with a real P-256 key.
 */
@ExtendWith(Chromium.Available.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sinmun.test.context=push-browser")
class PushSubscribeBrowserTests {

    private static final UserAgent AGENT = UserAgent.create();
    private static final String ENDPOINT = "https://fcm.googleapis.com/fcm/send/sinmun-browser-test";

    private static Chromium chromium;

    @LocalServerPort int port;
    @Autowired PushKeys keys;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void openBrowser() {
        chromium = new Chromium();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String recorder = """
                window.__pushCalls = [];
                if (window.PushManager) {
                    let current = null;
                    PushManager.prototype.subscribe = function (options) {
                        const key = new Uint8Array(options.applicationServerKey);
                        window.__pushCalls.push({ userVisibleOnly: options.userVisibleOnly,
                            key: btoa(String.fromCharCode(...key)) });
                        current = { endpoint: '%s',
                            toJSON() { return { endpoint: '%s', expirationTime: null, keys: { p256dh: '%s', auth: '%s' } }; },
                            unsubscribe() { current = null; return Promise.resolve(true); } };
                        return Promise.resolve(current);
                    };
                    PushManager.prototype.getSubscription = function () { return Promise.resolve(current); };
                }
                """.formatted(ENDPOINT, ENDPOINT, b64.encodeToString(AGENT.publicKey), b64.encodeToString(AGENT.auth));
        ((ChromiumDriver) chromium.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", recorder));
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theButtonRegistersTheWorkerSubscribesWithTheVapidKeyAndStoresTheReadersChoice() {
        WebDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        ((ChromiumDriver) browser).executeCdpCommand("Browser.grantPermissions",
                Map.of("origin", "http://localhost:" + port, "permissions", List.of("notifications")));
        chromium.resize(390, 900);
        browser.get("http://localhost:" + port + "/");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".push-toggle"))).click();
        chromium.screenshot("push-panel-phone");
        browser.findElement(By.cssSelector("input[name=push-topic][value=breaking]")).click();
        browser.findElement(By.cssSelector(".push-on")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".push-status"), "알림을 켰습니다"));

        JavascriptExecutor js = (JavascriptExecutor) browser;
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> calls = (List<Map<String, Object>>) js.executeScript("return window.__pushCalls;");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).get("userVisibleOnly")).isEqualTo(true);
        assertThat(Base64.getDecoder().decode((String) calls.get(0).get("key")))
                .isEqualTo(Base64.getUrlDecoder().decode(keys.publicKeyBase64()));
        Object scope = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.serviceWorker.getRegistration('/').then((r) => done(r ? r.scope : null));
                """);
        assertThat(scope).isEqualTo("http://localhost:" + port + "/");
        assertThat(jdbc.sql("select topics from push_subscription where endpoint = :e").param("e", ENDPOINT)
                .query(String.class).list()).containsExactly("breaking");
        assertThat(browser.findElement(By.cssSelector(".push-toggle")).getText()).contains("알림 설정");

        browser.findElement(By.cssSelector(".push-off")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".push-status"), "알림을 껐습니다"));
        assertThat(jdbc.sql("select count(*) from push_subscription where endpoint = :e").param("e", ENDPOINT)
                .query(Long.class).single()).isZero();
    }
}
