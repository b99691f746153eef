package io.sinmun.live.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live stream ({@code sinmun.live.*}): how long the event log is kept, the heartbeat, the
 * broadcaster's safety-net poll, how long a missing id is waited for, the reconnect hint, and the
 * per-client limits that keep one slow reader from costing the others.
 *
 * @param retention   events older than this are pruned (at least 24 h is promised to clients)
 * @param heartbeat   a comment line this often keeps proxies from closing idle streams
 * @param poll        the broadcaster reads the log this often even without a commit wake-up
 * @param gapWait     an id missing below the newest one is re-checked this long (it may commit late)
 * @param retry       the {@code retry:} hint; each stream gets it plus up to as much again at random
 * @param clientQueue events held for one client that is not reading; more and it is dropped
 * @param replayLimit the most events one reconnect replays (more: the newest, and {@code reload})
 * @param pruneBatch  rows deleted per statement by the pruning job
 * @param maxStreams  open streams this node accepts before answering 503; 0 (the default) derives it
 *                    from the heap, 24 KiB per stream above 192 MiB for the rest of Sinmun (an open
 *                    stream measured ~10.5 KiB of heap on Jetty, docs/live.md; the rest is margin),
 *                    and at most 10,000: the connector takes 12,000 connections
 *                    ({@code server.jetty.max-connections}), 2,000 are left for pages
 */
@ConfigurationProperties("sinmun.live")
public record LiveProperties(@DefaultValue("48h") Duration retention, @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("2s") Duration poll, @DefaultValue("10s") Duration gapWait, @DefaultValue("3s") Duration retry,
        @DefaultValue("256") int clientQueue, @DefaultValue("500") int replayLimit,
        @DefaultValue("1000") int pruneBatch, @DefaultValue("0") int maxStreams) {

    static final long BYTES_PER_STREAM = 24 * 1024;
    static final long HEAP_FOR_THE_REST = 192L * 1024 * 1024;
    static final int MOST_DERIVED_STREAMS = 10_000;

    public LiveProperties {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("sinmun.live.retention must be at least 24h: clients are promised a day");
        }
    }

    /** The stream limit in force: the configured one, or what the heap holds without running out. */
    public int streamLimit() {
        if (maxStreams > 0) {
            return maxStreams;
        }
        long fromHeap = (Runtime.getRuntime().maxMemory() - HEAP_FOR_THE_REST) / BYTES_PER_STREAM;
        return (int) Math.max(100, Math.min(MOST_DERIVED_STREAMS, fromHeap));
    }
}
