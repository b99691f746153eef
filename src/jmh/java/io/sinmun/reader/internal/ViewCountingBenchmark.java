package io.sinmun.reader.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.sinmun.system.SeoulTime;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What counting costs a request (it runs on every article request, cached or not): a reload
 * (already seen today), a new reader (queued for the next flush), and the pending count a page
 * adds to the stored total. The database write happens on the flush thread, not measured here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class ViewCountingBenchmark {

    private ViewCounter counter;
    private final AtomicLong readers = new AtomicLong();

    @Setup(Level.Iteration)
    public void fresh() {
        // no flush runs (the counter is not started): repository and transaction are never touched
        counter = new ViewCounter(null, null, null,
                new ViewProperties(Duration.ofHours(1), Integer.MAX_VALUE, "sinmun_reader"),
                new SeoulTime(Clock.systemUTC()));
        counter.record(160, "returning-reader-000000");
    }

    @Benchmark
    public boolean reload() {
        return counter.record(160, "returning-reader-000000");
    }

    @Benchmark
    public boolean newReader() {
        return counter.record(160, "reader-" + readers.incrementAndGet());
    }

    @Benchmark
    public long pendingForAPage() {
        return counter.pending(160);
    }
}
