package io.sinmun.live.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

/**
 * One client's open stream, written with servlet non-blocking I/O: a write happens only when
 * the connection can take it ({@code isReady}), so no thread ever waits on a slow reader. What the
 * client has not taken waits in a small queue of shared frames; past {@code queueLimit} the client
 * is dropped (it reconnects with Last-Event-ID and gets the rest from the log).
 *
 * <p>Between registration and the end of the replay, live frames are held back and then merged
 * behind the replayed ones without duplicates; see {@link #finishReplay}.
 */
public final class LiveStream implements WriteListener, AsyncListener {

    private final String section;
    private final int queueLimit;
    private final Consumer<LiveStream> onClose;
    private final ArrayDeque<Frame> queue = new ArrayDeque<>(4);

    private List<Frame> heldDuringReplay = new ArrayList<>(0);
    private Set<Long> replayedNotYetLive;
    private AsyncContext context;
    private ServletOutputStream out;
    private boolean started;
    private boolean unflushed;
    private boolean closed;
    private boolean overflowed;

    LiveStream(String section, int queueLimit, Frame first, Consumer<LiveStream> onClose) {
        this.section = section;
        this.queueLimit = queueLimit;
        this.onClose = onClose;
        queue.add(first);
    }

    /** A live frame from the broadcaster. Never blocks. */
    public synchronized void offer(Frame frame) {
        if (closed || !frame.matches(section)) {
            return;
        }
        if (heldDuringReplay != null) {
            heldDuringReplay.add(frame);
            return;
        }
        if (frame.id() != 0 && replayedNotYetLive != null && replayedNotYetLive.remove(frame.id())) {
            return; // already sent in the replay
        }
        if (queue.size() >= queueLimit) {
            overflowed = true;
            close();
            return;
        }
        queue.add(frame);
        drain();
    }

    /**
     * Sends the replay, then the live frames that arrived meanwhile, skipping those the replay
     * already had. A replayed id the broadcaster has not sent yet ({@code mayStillComeLive}) will
     * come live later, once: it is remembered and skipped then.
     */
    synchronized void finishReplay(List<Frame> replay, LongPredicate mayStillComeLive) {
        Set<Long> replayed = new HashSet<>();
        for (Frame frame : replay) {
            if (frame.matches(section)) {
                queue.add(frame);
                if (frame.id() != 0) {
                    replayed.add(frame.id());
                }
            }
        }
        List<Frame> held = heldDuringReplay;
        heldDuringReplay = null;
        for (Frame frame : held) {
            if (frame.id() != 0 && replayed.remove(frame.id())) {
                continue;
            }
            queue.add(frame);
        }
        replayed.removeIf(id -> !mayStillComeLive.test(id));
        replayedNotYetLive = replayed.isEmpty() ? null : replayed;
        drain();
    }

    /** Binds the stream to its connection; the container calls {@link #onWritePossible} once the request thread has left. */
    synchronized void attach(AsyncContext asyncContext) throws IOException {
        context = asyncContext;
        context.addListener(this);
        out = context.getResponse().getOutputStream();
        out.setWriteListener(this);
    }

    @Override
    public synchronized void onWritePossible() {
        started = true;
        drain();
    }

    private void drain() {
        if (!started || closed) {
            return;
        }
        try {
            while (out.isReady()) {
                Frame frame = queue.poll();
                if (frame == null) {
                    if (unflushed) {
                        unflushed = false;
                        out.flush(); // non-blocking: what the socket cannot take now, the container finishes later
                    }
                    return;
                }
                out.write(frame.bytes());
                unflushed = true;
            }
        }
        catch (IOException | IllegalStateException ex) {
            close(); // the client went away
        }
    }

    /** Ends the response (if still open) and leaves the broadcaster's list. */
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        heldDuringReplay = null;
        onClose.accept(this);
        if (context != null) {
            try {
                context.complete();
            }
            catch (IllegalStateException ex) {
                // already completed by the container (client gone, server stopping)
            }
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    synchronized boolean overflowed() {
        return overflowed;
    }

    synchronized int queued() {
        return queue.size();
    }

    @Override
    public void onError(Throwable failure) {
        close();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
        }
        onClose.accept(this);
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}
