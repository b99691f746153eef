package io.sinmun.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads one live stream over a real connection, parsing SSE messages into a queue (test side, independent of the server's code). */
final class SseReader implements AutoCloseable {

    record Message(String id, String event, String data) {
    }

    private final HttpURLConnection connection;
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final AtomicInteger comments = new AtomicInteger();
    private final Thread reader;
    private volatile boolean ended;
    private volatile String retry;

    SseReader(int port, String pathAndQuery, Map<String, String> headers) throws IOException {
        connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + pathAndQuery).toURL().openConnection();
        connection.setRequestProperty("Accept", "text/event-stream");
        headers.forEach(connection::setRequestProperty);
        connection.setReadTimeout(30_000);
        if (connection.getResponseCode() != 200) {
            throw new IllegalStateException("stream answered " + connection.getResponseCode());
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        reader = new Thread(() -> read(lines), "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    String contentType() {
        return connection.getContentType();
    }

    private void read(BufferedReader lines) {
        String id = null;
        String event = null;
        StringBuilder data = null;
        try {
            for (String line; (line = lines.readLine()) != null;) {
                if (line.isEmpty()) {
                    if (data != null || event != null) {
                        messages.add(new Message(id, event == null ? "message" : event, data == null ? "" : data.toString()));
                    }
                    id = null;
                    event = null;
                    data = null;
                }
                else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                }
                else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                }
                else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                }
                else if (line.startsWith("data: ")) {
                    data = data == null ? new StringBuilder(line.substring(6)) : data.append('\n').append(line.substring(6));
                }
                else if (line.startsWith("retry: ")) {
                    retry = line.substring(7);
                }
            }
        }
        catch (IOException ex) {
            // closed
        }
        ended = true;
    }

    /** The next message, or null if none comes within the timeout. */
    Message next(Duration timeout) throws InterruptedException {
        return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next message that is not of the given type (say, skipping nothing but heartbeats is automatic). */
    Message nextOfType(String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Message message; (message = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) != null;) {
            if (message.event().equals(type)) {
                return message;
            }
        }
        return null;
    }

    int comments() {
        return comments.get();
    }

    String retry() {
        return retry;
    }

    boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
