package io.sinmun.live.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The node's single broadcaster: it sends what the log holds past the last id it sent to every
 * local stream, never from memory of the publish itself, so a wake-up from anywhere (this node's
 * commit, the poll, a cluster notification) just means "catch up from the log".
 *
 * <p>Identity ids can become visible out of order (11 committed before 10). An id missing below
 * the newest is remembered and re-read for {@code gapWait}; if it commits it is sent then, late
 * but not lost. A gap left by a rolled-back publish simply expires.
 */
@Component
public class LiveBroadcaster implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveBroadcaster.class);
    private static final int BATCH = 500;
    private static final int MAX_GAPS = 1000;
    private static final int PARALLEL_FROM = 1000;
    private static final int SENDERS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final LiveEventLog events;
    private final LiveProperties properties;
    private final Set<LiveStream> streams = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final AtomicLong sendCpuNanos = new AtomicLong(); // CPU spent writing, apart from waiting for a core
    private final Map<Long, Long> gaps = new LinkedHashMap<>(); // missing id -> when first missed (nanoTime)

    private long highWater;
    private volatile boolean running;
    private ScheduledExecutorService executor;
    private ExecutorService senders;

    LiveBroadcaster(LiveEventLog events, LiveProperties properties) {
        this.events = events;
        this.properties = properties;
    }

    /** What a new stream needs to merge its replay with the live frames: see {@link LiveStream#finishReplay}. */
    record Registration(long highWater, Set<Long> gaps) {

        LongPredicate mayStillComeLive() {
            return id -> id > highWater || gaps.contains(id);
        }
    }

    /**
     * Reads the log past the last id sent (and any ids still missing below it) and sends the rows
     * to the local streams in the order they became visible. Synchronous and safe to call from
     * any thread; returns how many events were sent.
     */
    public synchronized int catchUp() {
        int sent = 0;
        long now = System.nanoTime();
        int streamCount = streams.size();
        sendCpuNanos.set(0);
        if (!gaps.isEmpty()) {
            for (LiveEventRow row : events.byIds(gaps.keySet())) {
                gaps.remove(row.id());
                deliver(Frame.of(row));
                sent++;
            }
            long wait = properties.gapWait().toNanos();
            gaps.values().removeIf(firstMissed -> now - firstMissed > wait);
        }
        List<LiveEventRow> rows;
        do {
            rows = events.after(highWater, BATCH);
            for (LiveEventRow row : rows) {
                for (long missing = highWater + 1; missing < row.id() && gaps.size() < MAX_GAPS; missing++) {
                    gaps.put(missing, now);
                }
                highWater = row.id();
                deliver(Frame.of(row));
                sent++;
            }
        }
        while (rows.size() == BATCH);
        if (sent > 0) {
            log.info("Sent {} live event(s) to {} streams in {} ms ({} ms of CPU writing)", sent, streamCount,
                    (System.nanoTime() - now) / 1_000_000, sendCpuNanos.get() / 1_000_000);
        }
        return sent;
    }

    /** Queues a catch-up on the broadcaster's thread; wake-ups that arrive meanwhile share it. */
    public void wake() {
        if (running && wakeQueued.compareAndSet(false, true)) {
            executor.execute(() -> {
                wakeQueued.set(false);
                catchUpQuietly();
            });
        }
    }

    /**
     * Hands one frame to every stream. Writes never block, but each is a system call: with many
     * streams the work is split over one thread per core, and the frame is sent when all are done.
     */
    private void deliver(Frame frame) {
        LiveStream[] all = streams.toArray(new LiveStream[0]);
        int parts = all.length < PARALLEL_FROM ? 1 : SENDERS;
        if (parts == 1) {
            offer(frame, all, 0, all.length);
            return;
        }
        List<Callable<Void>> slices = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            int from = all.length * part / parts;
            int to = all.length * (part + 1) / parts;
            slices.add(() -> {
                offer(frame, all, from, to);
                return null;
            });
        }
        try {
            for (Future<Void> slice : senders.invokeAll(slices)) {
                slice.get();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException ex) {
            log.warn("Live stream delivery failed: {}", ex.getCause().toString());
        }
    }

    private void offer(Frame frame, LiveStream[] streams, int from, int to) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = from; i < to; i++) {
            streams[i].offer(frame);
        }
        sendCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
    }

    /** Adds a stream, unless {@code limit} are open; from now on it gets every frame the broadcaster sends. */
    synchronized Registration register(LiveStream stream, int limit) {
        if (streams.size() >= limit) {
            return null;
        }
        streams.add(stream);
        return new Registration(highWater, gaps.isEmpty() ? Set.of() : new HashSet<>(gaps.keySet()));
    }

    void unregister(LiveStream stream) {
        streams.remove(stream);
    }

    public synchronized long lastBroadcastId() {
        return highWater;
    }

    public int openStreams() {
        return streams.size();
    }

    public boolean isAccepting() {
        return running;
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        }
        catch (RuntimeException ex) {
            // the next wake-up or poll tries again; the log keeps every event meanwhile
            log.warn("Live stream could not read the event log: {}", ex.toString());
        }
    }

    private void heartbeat() {
        for (LiveStream stream : streams) {
            stream.offer(Frame.HEARTBEAT);
        }
    }

    @Override
    public synchronized void start() {
        highWater = events.maxId(); // a fresh node streams what comes next; older events are for replay
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sinmun-live");
            thread.setDaemon(true);
            return thread;
        });
        senders = Executors.newFixedThreadPool(SENDERS, runnable -> {
            Thread thread = new Thread(runnable, "sinmun-live-send");
            thread.setDaemon(true);
            return thread;
        });
        long poll = properties.poll().toMillis();
        executor.scheduleWithFixedDelay(this::catchUpQuietly, poll, poll, TimeUnit.MILLISECONDS);
        long heartbeat = properties.heartbeat().toMillis();
        executor.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Ends every open stream, so a graceful shutdown does not wait on them; clients reconnect elsewhere. */
    @Override
    public void stop() {
        running = false;
        List<LiveStream> open = new ArrayList<>(streams);
        open.forEach(LiveStream::close);
        if (executor != null) {
            executor.shutdownNow();
            senders.shutdownNow();
        }
        log.info("Live stream stopped; {} open streams were closed", open.size());
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown, which would otherwise wait for the streams. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
