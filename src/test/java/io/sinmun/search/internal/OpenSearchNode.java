package io.sinmun.search.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenSearch 3 node as its own process on 127.0.0.1: the jars Maven copied to
 * {@code target/opensearch}, started by {@code src/test/opensearch/OpenSearchLauncher.java}
 * under a JDK 21+ (OpenSearch 3 needs one; Sinmun stays on 17). The JDK is the system property
 * {@code sinmun.test.jdk21}, else the newest JDK 21+ under {@code /usr/lib/jvm}.
 */
final class OpenSearchNode {

    private static final Path JARS = Path.of("target", "opensearch");
    private static final Path LAUNCHER = Path.of("src", "test", "opensearch", "OpenSearchLauncher.java");

    private final Process process;
    private final Path home;
    final URI url;

    private OpenSearchNode(Process process, Path home, URI url) {
        this.process = process;
        this.home = home;
        this.url = url;
    }

    /** A JDK 21+ home, or empty (with the reason on stdout) when this machine has none. */
    static Optional<Path> jdk() {
        String property = System.getProperty("sinmun.test.jdk21");
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        Path jvm = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvm)) {
            try (Stream<Path> dirs = Files.list(jvm)) {
                Optional<Path> found = dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")))
                        .filter(d -> feature(d) >= 21).max(Comparator.comparingInt(OpenSearchNode::feature));
                if (found.isPresent()) {
                    return found;
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        System.out.println("OpenSearch tests skipped: OpenSearch 3 needs a JDK 21 or newer; none given by "
                + "-Dsinmun.test.jdk21 and none found under /usr/lib/jvm");
        return Optional.empty();
    }

    private static int feature(Path jdk) {
        Properties release = new Properties();
        try (var in = Files.newBufferedReader(jdk.resolve("release"))) {
            release.load(in);
            String version = release.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
            return Integer.parseInt(version.split("[.+-]")[0]);
        }
        catch (IOException | RuntimeException ex) {
            return 0;
        }
    }

    static OpenSearchNode start(Path jdk) {
        if (!Files.isDirectory(JARS)) {
            throw new IllegalStateException(JARS + " is missing: run the build through Maven (generate-test-resources copies the jars)");
        }
        try {
            int port = freePair();
            Path home = Files.createTempDirectory("sinmun-opensearch");
            Path log = home.resolve("node.log");
            Process process = new ProcessBuilder(jdk.resolve("bin/java").toString(), "-Xms384m", "-Xmx384m",
                    "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp", JARS.toAbsolutePath() + File.separator + "*",
                    LAUNCHER.toAbsolutePath().toString(), home.toString(), Integer.toString(port),
                    Integer.toString(port + 1)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            OpenSearchNode node = new OpenSearchNode(process, home, URI.create("http://127.0.0.1:" + port));
            node.awaitGreen(log);
            return node;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Two free consecutive ports (HTTP, transport) in this project's test range. */
    private static int freePair() {
        for (int p = 18750; p < 18798; p += 2) {
            if (free(p) && free(p + 1)) {
                return p;
            }
        }
        throw new IllegalStateException("no free port pair in 18750-18799");
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private void awaitGreen(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=green&timeout=5s"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"green\"")) {
                    return;
                }
            }
            catch (IOException ex) {
                // not listening yet
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("OpenSearch not green within 180 s:\n" + tail(log));
    }

    /** Closes the node's input (it shuts down cleanly), then makes sure it is gone. */
    void stop() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        catch (IOException | InterruptedException ex) {
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException ex) {
            // a temp folder left behind is harmless
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
        catch (IOException ex) {
            return "(no log)";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
