package io.sinmun.live.internal;

import java.nio.charset.StandardCharsets;

/**
 * One Server-Sent Events message, encoded once and shared by every stream that gets it.
 * {@code id} is 0 for messages outside the log (heartbeat, retry hint, reload).
 */
public record Frame(long id, String type, String section, byte[] bytes) {

    static final Frame HEARTBEAT = new Frame(0, "heartbeat", null, ":\n\n".getBytes(StandardCharsets.US_ASCII));

    static Frame of(LiveEventRow row) {
        String text = "id: " + row.id() + "\nevent: " + row.type() + "\ndata: " + row.payload() + "\n\n";
        return new Frame(row.id(), row.type(), row.sectionSlug(), text.getBytes(StandardCharsets.UTF_8));
    }

    static Frame retry(long millis) {
        return new Frame(0, "retry", null, ("retry: " + millis + "\n\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Tells the client it may have missed events the log no longer holds: reload what it shows. */
    static Frame reload(String reason) {
        return new Frame(0, "reload", null,
                ("event: reload\ndata: {\"reason\":\"" + reason + "\"}\n\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Breaking news goes to every stream; article events only to the stream of their section. */
    boolean matches(String sectionFilter) {
        return sectionFilter == null || id == 0 || LiveEventRecorder.BREAKING.equals(type)
                || sectionFilter.equals(section);
    }
}
