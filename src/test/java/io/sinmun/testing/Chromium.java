package io.sinmun.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests, with a fresh profile per browser. Without the
 * browser the tests are skipped with the reason printed, except under {@code CI=true}.
 */
public final class Chromium implements AutoCloseable {

    public static final String BINARY = System.getProperty("sinmun.chromium", "/usr/bin/chromium");
    public static final String DRIVER = System.getProperty("sinmun.chromedriver", "/usr/bin/chromedriver");

    private final Path profile;
    private final WebDriver driver;

    public Chromium() {
        try {
            profile = Files.createTempDirectory("sinmun-chromium-");
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--lang=ko-KR", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves what the browser shows under {@code target/screenshots/}. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        }
        finally {
            TestDataDirectory.delete(profile);
        }
    }

    /** Skips a browser test where Chromium is not installed, except under CI=true. */
    public static class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            boolean present = new File(BINARY).canExecute() && new File(DRIVER).canExecute();
            if (present) {
                return ConditionEvaluationResult.enabled("Chromium found at " + BINARY);
            }
            String reason = "Chromium or ChromeDriver missing (" + BINARY + ", " + DRIVER
                    + "): apt-get install chromium chromium-driver fonts-noto-cjk";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true, so the browser tests must run, but: " + reason);
            }
            System.out.println("[sinmun] skipping " + context.getDisplayName() + ": " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
