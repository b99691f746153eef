package io.sinmun.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 10,000-stream benchmark's client (run by {@code bench/stream.sh}, not a test): opens the
 * streams, publishes an article through the API with a bearer token, and reports how long until
 * each stream got it, the connect times, and the server's heap (jstat samples, and the live heap
 * after a full GC with every stream open) and resident memory.
 *
 * <p>{@code java -cp target/test-classes io.sinmun.live.StreamBench <port> <clients> <token> <server-pid> <result.md>}
 */
public final class StreamBench {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int clients = Integer.parseInt(args[1]);
        String token = args[2];
        long pid = Long.parseLong(args[3]);
        Path result = Path.of(args[4]);
        String heapSetting = args.length > 5 ? args[5] : "?";
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();

        String marker = "bench-" + UUID.randomUUID();
        HttpResponse<String> draft = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"headline\":\"실시간 벤치마크 " + marker
                        + "\",\"section\":\"society\",\"body\":\"<p>벤치마크</p>\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (draft.statusCode() != 201) {
            throw new IllegalStateException("draft: " + draft.statusCode() + " " + draft.body());
        }
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(draft.body());
        id.find();
        long articleId = Long.parseLong(id.group(1));

        HeapSampler heap = new HeapSampler(pid);
        long connectStart = System.nanoTime();
        try (SseLoadClient streams = new SseLoadClient("127.0.0.1", port, "/api/v1/stream", clients)) {
            boolean all = streams.awaitConnected(Duration.ofMinutes(3));
            double connectWall = (System.nanoTime() - connectStart) / 1e9;
            System.out.printf("connected %d of %d in %.1f s (failed %d)%n", streams.connected(), clients, connectWall,
                    streams.failed());
            if (!all) {
                System.out.println("not every stream connected: measuring with those that did");
            }
            Thread.sleep(2000);
            long liveHeap = liveHeapAfterFullGc(pid);
            long rssOpen = rss(pid, "VmRSS");

            streams.expect(marker);
            long publishedAt = System.nanoTime();
            String publishOutcome;
            try {
                HttpResponse<String> published = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/articles/" + articleId + "/publish"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"push\":false,\"breaking\":false}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                publishOutcome = String.format("%.0f ms (HTTP %d)", (System.nanoTime() - publishedAt) / 1e6,
                        published.statusCode());
            }
            catch (IOException ex) {
                publishOutcome = "failed: " + ex;
            }
            boolean everyone = streams.awaitMarker(Duration.ofSeconds(60)) && all;
            long[] got = streams.markerAt();
            long[] latency = Arrays.stream(got).filter(t -> t > 0).map(t -> t - publishedAt).sorted().toArray();
            long[] connect = streams.connectNanos();
            Arrays.sort(connect);
            heap.stop();
            long peakRss = rss(pid, "VmHWM");

            String machine = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name")).findFirst().map(line -> line.split(":", 2)[1].strip())
                    .orElse("?") + ", " + Runtime.getRuntime().availableProcessors() + " cores";
            String table = String.join("\n",
                    "| measure | value |",
                    "|---|---|",
                    "| streams open | " + streams.connected() + " of " + clients + " |",
                    "| streams refused (503 at the node's limit) or failed | " + streams.failed() + " |",
                    "| streams that got the event | " + latency.length + (latency.length == streams.connected() ? " (every open one)" : " (NOT all)") + " |",
                    "| event delivered, p50 | " + ms(percentile(latency, 0.50)) + " |",
                    "| event delivered, p99 | " + ms(percentile(latency, 0.99)) + " |",
                    "| event delivered, max (last stream) | " + ms(latency.length == 0 ? 0 : latency[latency.length - 1]) + " |",
                    "| publish API call | " + publishOutcome + " |",
                    "| connect (to response headers), p50 | " + ms(percentile(connect, 0.50)) + " |",
                    "| connect, p99 | " + ms(percentile(connect, 0.99)) + " |",
                    "| connect, max | " + ms(connect.length == 0 ? 0 : connect[connect.length - 1]) + " |",
                    "| all streams opened in | " + String.format("%.1f s", connectWall) + " |",
                    "| server heap, live after full GC with all streams open | " + mib(liveHeap) + " |",
                    "| server heap, peak used (jstat, 250 ms samples) | " + mib(heap.peak()) + " |",
                    "| server RSS with all streams open | " + mib(rssOpen) + " |",
                    "| server RSS, peak (VmHWM) | " + mib(peakRss) + " |");
            System.out.println(table);
            Files.writeString(result, "## " + java.time.LocalDateTime.now().withNano(0) + ", " + clients + " streams\n\n"
                    + "Machine: " + machine + " (client and server on the same machine).\n"
                    + "Command: `bench/stream.sh " + clients + " " + heapSetting + "` (server `java -Xmx" + heapSetting
                    + " -jar target/sinmun.jar`, H2; one NIO client holds every stream; latency from the publish request"
                    + " to each stream's receipt). Load average when it started (/proc/loadavg): " + load + ".\n\n"
                    + table + "\n");
            if (!everyone) {
                System.exit(2);
            }
        }
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String ms(long nanos) {
        return String.format("%.0f ms", nanos / 1e6);
    }

    private static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / 1048576.0);
    }

    private static long rss(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }

    private static long liveHeapAfterFullGc(long pid) throws IOException, InterruptedException {
        run("jcmd", String.valueOf(pid), "GC.run");
        String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        return used.find() ? Long.parseLong(used.group(1)) * 1024 : 0;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    /** Reads {@code jstat -gc} every 250 ms and keeps the highest heap in use (survivors, eden, old). */
    private static final class HeapSampler {

        private final Process process;
        private final AtomicLong peak = new AtomicLong();

        HeapSampler(long pid) throws IOException {
            process = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "250").start();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                    List<String> header = null;
                    for (String line; (line = lines.readLine()) != null;) {
                        List<String> cells = Arrays.asList(line.trim().split("\\s+"));
                        if (cells.contains("EU")) {
                            header = cells;
                            continue;
                        }
                        if (header == null || cells.size() != header.size()) {
                            continue;
                        }
                        Map<String, Double> row = new HashMap<>();
                        for (int i = 0; i < cells.size(); i++) {
                            try {
                                row.put(header.get(i), Double.parseDouble(cells.get(i)));
                            }
                            catch (NumberFormatException ex) {
                                // a "-" column
                            }
                        }
                        long used = (long) ((row.getOrDefault("S0U", 0d) + row.getOrDefault("S1U", 0d)
                                + row.getOrDefault("EU", 0d) + row.getOrDefault("OU", 0d)) * 1024);
                        peak.accumulateAndGet(used, Math::max);
                    }
                }
                catch (IOException ex) {
                    // sampler ends with the process
                }
            }, "jstat-reader");
            reader.setDaemon(true);
            reader.start();
        }

        long peak() {
            return peak.get();
        }

        void stop() {
            process.destroy();
        }
    }
}
