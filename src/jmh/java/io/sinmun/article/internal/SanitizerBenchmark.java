package io.sinmun.article.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Sanitizing a stored body: once per save, and per article in a bulk load (the generator). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SanitizerBenchmark {

    private final BodySanitizer sanitizer = new BodySanitizer();
    private String article160;
    private String hostile;

    @Setup
    public void read() throws IOException {
        try (InputStream in = BodySanitizer.class.getResourceAsStream("/demo/article-160.html")) {
            article160 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        hostile = article160 + "<script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:x\">x</a>"
                + "<iframe src=//evil></iframe><p style=\"x\" onclick=\"y\">끝</p>";
    }

    @Benchmark
    public Object cleanTheReferenceArticle() {
        return sanitizer.clean(article160);
    }

    @Benchmark
    public Object cleanAHostileBody() {
        return sanitizer.clean(hostile);
    }

    @Benchmark
    public boolean findImages() {
        return sanitizer.hasImages(article160);
    }
}
