package io.sinmun.push.internal;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.sun.management.OperatingSystemMXBean;

import io.sinmun.SinmunApplication;
import io.sinmun.article.ArticleDraft;
import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.Desk;
import io.sinmun.newsroom.Role;
import io.sinmun.newsroom.Staff;
import io.sinmun.section.Sections;
import io.sinmun.system.SeoulTime;
import io.sinmun.testing.PostgresTestDatabase;
import io.sinmun.testing.TestDataDirectory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (bench/push.sh runs it): N subscriptions on a loopback push service that
 * answers 201, one article published with push, and the time until the last message arrived.
 * Reports messages per second, the sender's CPU per message and the peak heap, and proves delivery
 * afterwards (every row DELIVERED, the probe subscriptions' bodies decrypted by test-side code).
 * The push service shares the JVM and the cores, so the rate is a lower bound for a real deployment.
 */
public final class PushBenchmark {

    /** Every PROBE_EVERY-th subscription keeps its body to be decrypted after the run (a multiple of the 16 agents). */
    private static final int PROBE_EVERY = 1008;

    public static void main(String[] args) throws Exception {
        int subscriptions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String concurrency = args.length > 1 ? args[1] : "64";
        boolean postgres = args.length > 2 && args[2].equalsIgnoreCase("postgres");
        Path dir = TestDataDirectory.create();
        String schema = postgres ? PostgresTestDatabase.createSchema() : null;
        Map<String, Object> properties = new HashMap<>(Map.of("sinmun.data-dir", dir.toString(), "sinmun.demo", "false",
                "sinmun.push.allow-loopback", "true", "sinmun.push.concurrency", concurrency,
                "logging.level.root", "WARN"));
        if (postgres) {
            properties.putAll(Map.of("spring.datasource.url", PostgresTestDatabase.urlFor(schema),
                    "spring.datasource.username", PostgresTestDatabase.USER,
                    "spring.datasource.password", PostgresTestDatabase.PASSWORD));
        }

        UserAgent probe = UserAgent.create();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (LoopbackPushService service = new LoopbackPushService();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(SinmunApplication.class)
                        .web(WebApplicationType.NONE).properties(properties).run()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            insertSubscriptions(jdbc, service.origin(), subscriptions, probe);
            Sections sections = app.getBean(Sections.class);
            long sectionId = sections.all().isEmpty() ? sections.create("local", "지역").id() : sections.all().get(0).id();
            Staff editor = Staff.of(app.getBean(Accounts.class).create("bench", "bench-editor", "벤치 데스크", null,
                    Role.EDITOR, "Hanam-river-2026!"));
            Desk desk = app.getBean(Desk.class);
            // warm-up publishes to every subscription first, until the JIT compilers have little left to do:
            // the measured one then runs on compiled code, as on a node that has been up for a while (a cold
            // JVM spends more CPU compiling than sending), with earlier messages' rows already in push_delivery
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            List<String> warmups = new ArrayList<>();
            for (int round = 1; round <= 4; round++) {
                long jitBefore = jit.getTotalCompilationTime();
                long started = System.nanoTime();
                long warmup = desk.create(editor, new ArticleDraft(sectionId, "예열 기사 " + round, "벤치마크",
                        "<p>예열</p>", null, null, null, null, List.of())).article().id();
                desk.publish(editor, warmup, true, false);
                long warmupDeadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (jdbc.queryForObject("select count(*) from push_delivery where state = 'DELIVERED'", Long.class)
                        < (long) round * subscriptions && System.nanoTime() < warmupDeadline) {
                    Thread.sleep(50);
                }
                long jitMillis = jit.getTotalCompilationTime() - jitBefore;
                warmups.add("%.1f s (JIT %.1f s)".formatted((System.nanoTime() - started) / 1e9, jitMillis / 1e3));
                if (jitMillis < 1000) {
                    break;
                }
            }
            service.reset();
            long id = desk.create(editor, new ArticleDraft(sectionId, "하남시, 자매도시와 비대면 교류 확대", "벤치마크", "<p>본문</p>",
                    null, null, null, null, List.of())).article().id();
            String load = loadAverage();

            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            Map<Long, Long> threadsBefore = threadCpu();
            long jitBefore = jit.getTotalCompilationTime();
            long cpuBefore = os.getProcessCpuTime();
            long serviceCpuBefore = service.cpuNanos();
            long published = System.nanoTime();
            desk.publish(editor, id, true, false);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (service.received.get() < subscriptions && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            long end = service.last.get();
            long cpu = os.getProcessCpuTime() - cpuBefore;
            long serviceCpu = service.cpuNanos() - serviceCpuBefore;
            long jitMillis = jit.getTotalCompilationTime() - jitBefore;
            String byThread = cpuByThread(threadsBefore, cpu);
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed())
                    .sum();

            // delivery proven afterwards: every row recorded DELIVERED, and every probe decrypts to the message
            long delivered = 0;
            while (System.nanoTime() < deadline) {
                delivered = jdbc.queryForObject("select count(*) from push_delivery d join push_message m on m.id = d.message_id"
                        + " where d.state = 'DELIVERED' and m.article_id = ?", Long.class, id);
                if (delivered >= subscriptions) {
                    break;
                }
                Thread.sleep(20);
            }
            List<byte[]> probes = service.probes();
            long decrypted = 0;
            for (byte[] body : probes) {
                decrypted += new String(probe.decrypt(body), StandardCharsets.UTF_8).contains("자매도시") ? 1 : 0;
            }
            int expectedProbes = (subscriptions + PROBE_EVERY - 1) / PROBE_EVERY;

            double total = (end - published) / 1e9;
            double sending = (end - service.first.get()) / 1e9;
            String table = """
                    | measure | value |
                    |---|---|
                    | database | %s |
                    | subscriptions | %,d |
                    | messages received by the push service | %,d |
                    | deliveries recorded DELIVERED afterwards | %,d |
                    | probe messages decrypted by the receiving side afterwards | %d of %d |
                    | concurrency (sinmun.push.concurrency) | %s |
                    | warm-up publishes to all before the measured one | %s |
                    | measured publish → last message | %.2f s |
                    | first → last message | %.2f s |
                    | messages per second (publish → last) | %,.0f |
                    | CPU of the whole JVM, publish → last | %.2f s (%.0f µs a message) |
                    | of which the loopback push service's thread | %.2f s |
                    | JIT compilers' time during the measured publish | %.2f s |
                    | the sender's CPU a message (JVM minus push service) | %.0f µs |
                    | peak heap used (-Xmx %d MB) | %,d MB |
                    | load average before the publish (1/5/15 min) | %s |
                    """.formatted(postgres ? "PostgreSQL (127.0.0.1)" : "H2 embedded", subscriptions,
                    service.received.get(), delivered, decrypted, expectedProbes, concurrency, String.join(", ", warmups), total, sending,
                    service.received.get() / total, cpu / 1e9, cpu / 1e3 / subscriptions, serviceCpu / 1e9, jitMillis / 1e3,
                    (cpu - serviceCpu) / 1e3 / subscriptions, Runtime.getRuntime().maxMemory() / 1024 / 1024,
                    peakHeap / 1024 / 1024, load);
            String report = "# Web Push fan-out benchmark\n\n" + machine() + "\n" + table + "\n" + byThread;
            System.out.println(report);
            Path results = Path.of("bench", "results");
            Files.createDirectories(results);
            Path file = results.resolve("push-" + LocalDate.now() + ".md");
            // newest run first, earlier runs of the day kept below (and below a written summary, if any)
            String earlier = Files.exists(file) ? Files.readString(file) : "";
            String runs = "## The runs (newest first, as the benchmark wrote them)\n\n";
            int at = earlier.indexOf(runs);
            String run = report.replace("# Web Push fan-out benchmark", "### Web Push fan-out benchmark") + "\n";
            Files.writeString(file, at < 0 ? runs + run + earlier
                    : earlier.substring(0, at + runs.length()) + run + earlier.substring(at + runs.length()));
        }
        finally {
            TestDataDirectory.delete(dir);
            if (schema != null) {
                PostgresTestDatabase.dropSchema(schema);
            }
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
            String endpoint = origin + "/push/s" + i + (i % PROBE_EVERY == 0 ? "/probe" : "");
            rows.add(new Object[] { endpoint, b64.encodeToString(agent.publicKey), b64.encodeToString(agent.auth),
                    "all", "bench-" + (i % 1000), SeoulTime.jdbc(java.time.Instant.now()) });
        }
        jdbc.batchUpdate("insert into push_subscription (endpoint, p256dh, auth, topics, client, created_at) "
                + "values (?, ?, ?, ?, ?, ?)", rows);
    }

    private static Map<Long, Long> threadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, threads.getThreadCpuTime(id));
        }
        return cpu;
    }

    /** Java threads' CPU during the run by name (numbers dropped); the rest of the JVM's is GC, JIT and VM threads. */
    private static String cpuByThread(Map<Long, Long> before, long processCpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new TreeMap<>();
        long java = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long used = threads.getThreadCpuTime(info.getThreadId()) - before.getOrDefault(info.getThreadId(), 0L);
            if (used > 0) {
                byName.merge(info.getThreadName().replaceAll("[-0-9]+$", ""), used, Long::sum);
                java += used;
            }
        }
        StringBuilder out = new StringBuilder("| thread (CPU publish → last) | s |\n|---|---|\n");
        byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> out.append("| ").append(e.getKey()).append(" | ").append("%.2f".formatted(e.getValue() / 1e9))
                        .append(" |\n"));
        out.append("| not Java threads (GC, JIT compiler, VM) | ").append("%.2f".formatted((processCpu - java) / 1e9))
                .append(" |\n");
        return out.toString();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        }
        catch (IOException ex) {
            return "?";
        }
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        return "Run " + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + " on "
                + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), Java "
                + System.getProperty("java.version") + "; push service in the same JVM (one NIO thread, answers 201,"
                + " decrypts nothing during the run).\n"
                + "Command: `bench/push.sh [subscriptions] [concurrency] [h2|postgres]`.\n";
    }
}
