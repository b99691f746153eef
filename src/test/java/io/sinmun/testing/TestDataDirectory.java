package io.sinmun.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application its own empty data directory (and so its own H2 database),
 * deleted when the JVM exits, unless the test sets {@code sinmun.data-dir} itself. Runs just
 * before Sinmun's own data-directory processor; registered in the test {@code spring.factories}.
 */
public class TestDataDirectory implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.containsProperty("sinmun.data-dir")) {
            environment.getPropertySources().addFirst(new MapPropertySource("testDataDirectory",
                    Map.of("sinmun.data-dir", create().toString())));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    /** A fresh temporary folder, removed when the test JVM exits. */
    public static Path create() {
        try {
            Path dir = Files.createTempDirectory("sinmun-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ex) {
            // best effort: a leftover temp folder is not worth failing a test run for
        }
    }
}
