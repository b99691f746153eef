package io.sinmun.push.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;

import io.sinmun.SinmunApplication;
import io.sinmun.article.ArticleDraft;
import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.Desk;
import io.sinmun.newsroom.Role;
import io.sinmun.newsroom.Staff;
import io.sinmun.section.Sections;
import io.sinmun.system.SeoulTime;
import io.sinmun.testing.TestDataDirectory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (bench/push.sh runs it): N subscriptions on a loopback push service that
 * answers 201, one article published with push, and the time until the last message arrived.
 * Reports messages per second and the peak heap. The push service runs in the same JVM and on
 * the same cores, so the numbers are a lower bound for a real deployment.
 */
public final class PushBenchmark {

    public static void main(String[] args) throws Exception {
        int subscriptions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String concurrency = args.length > 1 ? args[1] : "64";
        Path dir = TestDataDirectory.create();

        AtomicInteger received = new AtomicInteger();
        AtomicLong first = new AtomicLong();
        AtomicLong last = new AtomicLong();
        UserAgent probe = UserAgent.create();
        List<String> probeBodies = new ArrayList<>();
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        service.setExecutor(Executors.newFixedThreadPool(4));
        service.createContext("/push/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long now = System.nanoTime();
            first.compareAndSet(0, now);
            last.set(now);
            if (exchange.getRequestURI().getPath().endsWith("/probe")) {
                synchronized (probeBodies) {
                    probeBodies.add(Base64.getEncoder().encodeToString(body));
                }
            }
            received.incrementAndGet();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        service.start();
        String origin = "http://127.0.0.1:" + service.getAddress().getPort();

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SinmunApplication.class)
                .web(WebApplicationType.NONE).properties(Map.of("sinmun.data-dir", dir.toString(), "sinmun.demo", "false",
                        "sinmun.push.allow-loopback", "true", "sinmun.push.concurrency", concurrency,
                        "logging.level.root", "WARN"))
                .run()) {
            insertSubscriptions(app.getBean(JdbcTemplate.class), origin, subscriptions, probe);
            Sections sections = app.getBean(Sections.class);
            long sectionId = sections.all().isEmpty() ? sections.create("local", "지역").id() : sections.all().get(0).id();
            Staff editor = Staff.of(app.getBean(Accounts.class).create("bench", "bench-editor", "벤치 데스크", null,
                    Role.EDITOR, "Hanam-river-2026!"));
            Desk desk = app.getBean(Desk.class);
            long id = desk.create(editor, new ArticleDraft(sectionId, "하남시, 자매도시와 비대면 교류 확대", "벤치마크", "<p>본문</p>",
                    null, null, null, null, List.of())).article().id();

            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long published = System.nanoTime();
            desk.publish(editor, id, true, false);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (received.get() < subscriptions && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            long end = last.get();
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed())
                    .sum();
            boolean decrypts;
            synchronized (probeBodies) {
                decrypts = !probeBodies.isEmpty() && new String(probe.decrypt(Base64.getDecoder()
                        .decode(probeBodies.get(0))), StandardCharsets.UTF_8).contains("자매도시");
            }
            double total = (end - published) / 1e9;
            double sending = (end - first.get()) / 1e9;
            String table = """
                    | measure | value |
                    |---|---|
                    | subscriptions | %,d |
                    | messages received by the push service | %,d |
                    | concurrency (sinmun.push.concurrency) | %s |
                    | publish → last message | %.2f s |
                    | first → last message | %.2f s |
                    | messages per second (publish → last) | %,.0f |
                    | peak heap used (-Xmx %d MB) | %,d MB |
                    | a message decrypted by the receiving side | %s |
                    """.formatted(subscriptions, received.get(), concurrency, total, sending, received.get() / total,
                    Runtime.getRuntime().maxMemory() / 1024 / 1024, peakHeap / 1024 / 1024, decrypts ? "yes" : "NO");
            String report = "# Web Push fan-out benchmark\n\n" + machine() + "\n" + table;
            System.out.println(report);
            Path results = Path.of("bench", "results");
            Files.createDirectories(results);
            Files.writeString(results.resolve("push-" + LocalDate.now() + ".md"), report);
        }
        finally {
            service.stop(0);
            TestDataDirectory.delete(dir);
        }
        System.exit(0);
    }

    private static void insertSubscriptions(JdbcTemplate jdbc, String origin, int count, UserAgent probe) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        List<UserAgent> agents = new ArrayList<>();
        agents.add(probe);
        for (int i = 1; i < 16; i++) {
            agents.add(UserAgent.create());
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserAgent agent = agents.get(i % agents.size());
            String endpoint = origin + "/push/" + (i == 0 ? "probe" : "s" + i);
            rows.add(new Object[] { endpoint, b64.encodeToString(agent.publicKey), b64.encodeToString(agent.auth),
                    "all", "bench-" + (i % 1000), SeoulTime.jdbc(java.time.Instant.now()) });
        }
        jdbc.batchUpdate("insert into push_subscription (endpoint, p256dh, auth, topics, client, created_at) "
                + "values (?, ?, ?, ?, ?, ?)", rows);
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        return "Run " + LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu
                + "), Java " + System.getProperty("java.version") + ", H2 embedded; push service in the same JVM.\n"
                + "Command: `bench/push.sh` (subscriptions and concurrency as arguments).\n";
    }
}
