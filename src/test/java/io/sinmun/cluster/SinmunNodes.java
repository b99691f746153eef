package io.sinmun.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sinmun nodes as real processes from the built jar, and nginx in front of them with the
 * repository's {@code deploy/nginx-cluster.conf}: for the cluster test and bench/cluster.sh.
 */
final class SinmunNodes implements AutoCloseable {

    static final Path JAR = Path.of("target/sinmun.jar");
    static final Path NGINX_CONF = Path.of("deploy/nginx-cluster.conf");

    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    SinmunNodes(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** Where nginx is, or null. */
    static String nginx() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    Process start(String name, int port, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--sinmun.cluster.node-name=" + name,
                "--sinmun.data-dir=" + dir.resolve(name), "--server.forward-headers-strategy=native",
                "--spring.datasource.hikari.data-source-properties.ApplicationName=sinmun-" + name));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        processes.add(process);
        return process;
    }

    /** Waits until the node answers readiness with 200; fails early if the process died. */
    void awaitReady(Process process, int port, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node on port " + port + " exited with " + process.exitValue()
                        + ", see " + dir);
            }
            if (readiness(port) == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("node on port " + port + " not ready after " + timeout + ", see " + dir);
    }

    int readiness(int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        catch (IOException ex) {
            return -1;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** nginx in the foreground with the repository's site configuration on these ports. */
    Process startNginx(int listen, int... upstreams) throws Exception {
        String site = Files.readString(NGINX_CONF).replace("listen 127.0.0.1:8080;", "listen 127.0.0.1:" + listen + ";")
                .replace("server 127.0.0.1:8081 ", "server 127.0.0.1:" + upstreams[0] + " ");
        if (upstreams.length > 1) {
            site = site.replace("server 127.0.0.1:8082 ", "server 127.0.0.1:" + upstreams[1] + " ");
        }
        else {
            site = site.replaceAll("(?m)^\\s*server 127\\.0\\.0\\.1:8082 .*$", "");
        }
        Path nginxDir = Files.createDirectories(dir.resolve("nginx"));
        Files.writeString(nginxDir.resolve("site.conf"), site);
        Files.writeString(nginxDir.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                worker_rlimit_nofile 65000;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 30000; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/site.conf;
                }
                """.formatted(nginxDir.toAbsolutePath()));
        Process nginx = new ProcessBuilder(nginx(), "-e", nginxDir.resolve("error.log").toAbsolutePath().toString(),
                "-p", nginxDir.toAbsolutePath().toString(), "-c", nginxDir.resolve("nginx.conf").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(nginxDir.resolve("out.log").toFile()).start();
        processes.add(nginx);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (readiness(listen) != 200) {
            if (!nginx.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("nginx did not start: " + Files.readString(nginxDir.resolve("out.log"))
                        + Files.readString(nginxDir.resolve("error.log")));
            }
            Thread.sleep(100);
        }
        return nginx;
    }

    /** kill -9. */
    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                kill(process);
            }
        }
    }
}
