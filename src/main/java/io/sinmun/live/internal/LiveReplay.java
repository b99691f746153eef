package io.sinmun.live.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What a reconnecting client missed, from the log: the events after its Last-Event-ID, oldest
 * first, and a {@code reload} event when the log cannot tell the whole story (the id is older
 * than what is kept, more events than one replay sends, or an id this log never gave out).
 */
@Component
class LiveReplay {

    static final String EXPIRED = "expired";
    static final String TOO_MANY = "too-many";
    static final String UNKNOWN = "unknown";

    private final LiveEventLog events;
    private final LiveProperties properties;

    LiveReplay(LiveEventLog events, LiveProperties properties) {
        this.events = events;
        this.properties = properties;
    }

    List<Frame> after(long lastEventId) {
        LiveEventLog.Bounds bounds = events.bounds();
        List<LiveEventRow> newest = new ArrayList<>(events.newestAfter(lastEventId, properties.replayLimit() + 1));
        boolean truncated = newest.size() > properties.replayLimit();
        if (truncated) {
            newest.remove(newest.size() - 1);
        }
        Collections.reverse(newest);
        List<Frame> frames = new ArrayList<>(newest.size() + 1);
        newest.forEach(row -> frames.add(Frame.of(row)));
        String reason = null;
        if (bounds.max() == null ? lastEventId > 0 : lastEventId > bounds.max()) {
            reason = UNKNOWN;
        }
        else if (bounds.min() != null && lastEventId < bounds.min() - 1) {
            reason = EXPIRED;
        }
        else if (truncated) {
            reason = TOO_MANY;
        }
        if (reason != null) {
            frames.add(Frame.reload(reason));
        }
        return frames;
    }
}
