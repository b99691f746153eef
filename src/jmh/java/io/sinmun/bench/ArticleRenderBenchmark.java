package io.sinmun.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.sinmun.SinmunApplication;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rendering without the page cache: the demo paper's article 160 and front list, rendered for
 * every request (the cache is off), over loopback HTTP. Sample mode, so the output carries the
 * percentiles (the target: p99 of an uncached article render at most 10 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = { "-Xmx512m" })
public class ArticleRenderBenchmark {

    private ConfigurableApplicationContext app;
    private HttpClient http;
    private HttpRequest article;
    private HttpRequest front;

    @Setup
    public void start() throws Exception {
        Path data = Files.createTempDirectory("sinmun-jmh-");
        app = new SpringApplicationBuilder(SinmunApplication.class).run("--server.port=0",
                "--sinmun.data-dir=" + data, "--sinmun.cache.enabled=false", "--logging.level.root=WARN");
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        http = HttpClient.newHttpClient();
        // a robot's User-Agent: the view counter's own cost is measured by ViewCountingBenchmark
        article = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles/160"))
                .header("User-Agent", "jmh-bot").build();
        front = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).header("User-Agent", "jmh-bot")
                .build();
    }

    @TearDown
    public void stop() {
        app.close();
    }

    @Benchmark
    public int renderArticle160() throws Exception {
        return http.send(article, HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    @Benchmark
    public int renderFrontList() throws Exception {
        return http.send(front, HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }
}
