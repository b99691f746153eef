package io.sinmun.live;

import io.sinmun.live.internal.LiveBroadcaster;

import org.springframework.stereotype.Service;

/**
 * The live stream seen from outside: the broadcaster's "catch up from the log". A cluster's
 * wake-up (PostgreSQL LISTEN/NOTIFY on another node's commit) calls {@link #requestCatchUp()};
 * nothing needs to travel with it, because every event is in {@code live_event} already.
 */
@Service
public class LiveEvents {

    private final LiveBroadcaster broadcaster;

    LiveEvents(LiveBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    /**
     * Reads the log past the last id this node sent (and re-reads ids still missing below it) and
     * sends the rows to this node's open streams. Synchronous and thread-safe; returns how many
     * events were sent.
     */
    public int catchUp() {
        return broadcaster.catchUp();
    }

    /** As {@link #catchUp()}, but on the broadcaster's own thread; calls that arrive meanwhile share one run. */
    public void requestCatchUp() {
        broadcaster.wake();
    }

    /** The highest event id this node has sent to its streams. */
    public long lastBroadcastId() {
        return broadcaster.lastBroadcastId();
    }

    /** Streams open on this node. */
    public int openStreams() {
        return broadcaster.openStreams();
    }
}
