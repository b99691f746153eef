package io.sinmun.system;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a long job (generate, reindex): count, rate and ETA, readable from another thread
 * (an admin page polls it) and drawn as a bar on a console. On a terminal the bar redraws in
 * place; when the output is a file or pipe, a line is written every five seconds instead.
 */
public final class Progress {

    private final String label;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final PrintStream out;
    private final boolean terminal;
    private volatile long lastDrawNanos;
    private volatile boolean finished;

    private Progress(String label, long total, PrintStream out, boolean terminal) {
        this.label = label;
        this.total = Math.max(0, total);
        this.out = out;
        this.terminal = terminal;
    }

    /** A bar drawn on standard output. */
    public static Progress onConsole(String label, long total) {
        return new Progress(label, total, System.out, System.console() != null);
    }

    /** Counts without drawing (for a job watched through a web page). */
    public static Progress silent(String label, long total) {
        return new Progress(label, total, null, false);
    }

    public void advance(long n) {
        done.addAndGet(n);
        draw(false);
    }

    public void finish() {
        finished = true;
        draw(true);
        if (out != null && terminal) {
            out.println();
        }
    }

    public long done() {
        return done.get();
    }

    public long total() {
        return total;
    }

    public boolean finished() {
        return finished;
    }

    /** Items per second since the start. */
    public double rate() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : done.get() / seconds;
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Time left at the current rate; zero when done or unknown. */
    public Duration eta() {
        double rate = rate();
        long left = total - done.get();
        return rate <= 0 || left <= 0 ? Duration.ZERO : Duration.ofMillis((long) (left / rate * 1000));
    }

    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, done.get() * 100 / total);
    }

    /** One line: label, bar, percentage, count of total, rate per second, time left (or taken when done). */
    public String line() {
        long d = done.get();
        double fraction = total == 0 ? 1 : Math.min(1, (double) d / total);
        int width = 24;
        int filled = (int) Math.round(fraction * width);
        return String.format(Locale.ROOT, "%s [%s%s] %5.1f%%  %,d/%,d  %,.0f/s  %s %s", label, "#".repeat(filled),
                "-".repeat(width - filled), fraction * 100, d, total, rate(), finished ? "걸린 시간" : "남은 시간",
                clock(finished ? elapsed() : eta()));
    }

    private void draw(boolean force) {
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 5_000_000_000L;
        if (!force && now - lastDrawNanos < interval) {
            return;
        }
        synchronized (this) {
            lastDrawNanos = now;
            if (terminal) {
                out.print("\r" + line());
            }
            else {
                out.println(line());
            }
            out.flush();
        }
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
