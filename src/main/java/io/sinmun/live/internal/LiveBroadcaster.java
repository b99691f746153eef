package io.sinmun.live.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private final LiveEventLog events;
    private final LiveProperties properties;
    private final Set<LiveStream> streams = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final Map<Long, Long> gaps = new LinkedHashMap<>(); // missing id -> when first missed (nanoTime)

    private long highWater;
    private volatile boolean running;
    private ScheduledExecutorService executor;

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

    private void deliver(Frame frame) {
        for (LiveStream stream : streams) {
            stream.offer(frame);
        }
    }

    /** Adds a stream; from now on it gets every frame the broadcaster sends. */
    synchronized Registration register(LiveStream stream) {
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
