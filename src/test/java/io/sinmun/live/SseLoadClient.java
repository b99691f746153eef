package io.sinmun.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many real HTTP connections to the live stream from one thread (a NIO selector), for the
 * 1,000-client test and the 10,000-stream benchmark ({@code bench/stream.sh}). Each connection
 * records when its response headers arrived and when the first frame containing a marker (say,
 * a unique headline) arrived. Only the JDK is used, so the benchmark runs it from
 * {@code target/test-classes} alone.
 */
public final class SseLoadClient implements AutoCloseable {

    private final InetSocketAddress address;
    private final byte[] request;
    private final int count;
    private final int maxPendingConnects;
    private final Selector selector;
    private final List<Connection> connections = new ArrayList<>();
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final Thread loop;

    private volatile String marker;
    private volatile boolean closed;
    private int opened;
    private int pending;

    private static final class Connection {
        final SocketChannel channel;
        final long startedAt;
        final ByteBuffer out;
        final StringBuilder tail = new StringBuilder();
        long headersAt;
        long markerAt;
        boolean headersDone;
        int status;

        Connection(SocketChannel channel, long startedAt, ByteBuffer out) {
            this.channel = channel;
            this.startedAt = startedAt;
            this.out = out;
        }
    }

    public SseLoadClient(String host, int port, String pathAndQuery, int count) throws IOException {
        this.address = new InetSocketAddress(host, port);
        this.request = ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: text/event-stream\r\nUser-Agent: sinmun-sse-load\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        this.count = count;
        this.maxPendingConnects = 200;
        this.selector = Selector.open();
        this.loop = new Thread(this::run, "sse-load-client");
        this.loop.setDaemon(true);
        this.loop.start();
    }

    /** Waits until every connection got its response headers (or failed); true if all got 200. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (connected.get() + failed.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return connected.get() == count;
    }

    /** From now on, records when each connection first sees {@code text} in what it reads. */
    public void expect(String text) {
        synchronized (this) {
            connections.forEach(connection -> connection.markerAt = 0);
        }
        received.set(0);
        marker = text;
    }

    public boolean awaitMarker(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.get() < connected.get() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return received.get() == connected.get();
    }

    public int connected() {
        return connected.get();
    }

    public int failed() {
        return failed.get();
    }

    public int received() {
        return received.get();
    }

    /** Nanoseconds from starting to connect to the response headers, per connected client. */
    public synchronized long[] connectNanos() {
        return connections.stream().filter(c -> c.headersAt > 0).mapToLong(c -> c.headersAt - c.startedAt).toArray();
    }

    /** {@link System#nanoTime()} at which each client saw the marker (0: not yet). */
    public synchronized long[] markerAt() {
        return connections.stream().filter(c -> c.headersAt > 0).mapToLong(c -> c.markerAt).toArray();
    }

    private void run() {
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        try {
            while (!closed) {
                openMore();
                selector.select(10);
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key, in);
                }
                selector.selectedKeys().clear();
            }
        }
        catch (IOException | RuntimeException ex) {
            if (!closed) {
                ex.printStackTrace();
            }
        }
    }

    private void openMore() throws IOException {
        while (opened < count && pending < maxPendingConnects) {
            SocketChannel channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            Connection connection = new Connection(channel, System.nanoTime(), ByteBuffer.wrap(request));
            synchronized (this) {
                connections.add(connection);
            }
            opened++;
            pending++;
            try {
                channel.register(selector, channel.connect(address) ? SelectionKey.OP_WRITE : SelectionKey.OP_CONNECT,
                        connection);
            }
            catch (IOException ex) {
                fail(connection);
            }
        }
    }

    private void handle(SelectionKey key, ByteBuffer in) {
        Connection connection = (Connection) key.attachment();
        try {
            if (key.isConnectable()) {
                connection.channel.finishConnect();
                key.interestOps(SelectionKey.OP_WRITE);
            }
            else if (key.isWritable()) {
                connection.channel.write(connection.out);
                if (!connection.out.hasRemaining()) {
                    key.interestOps(SelectionKey.OP_READ);
                }
            }
            else if (key.isReadable()) {
                in.clear();
                int n = connection.channel.read(in);
                if (n < 0) {
                    key.cancel();
                    connection.channel.close();
                    if (!connection.headersDone) {
                        fail(connection);
                    }
                    return;
                }
                read(connection, new String(in.array(), 0, n, StandardCharsets.ISO_8859_1));
            }
        }
        catch (IOException | RuntimeException ex) {
            key.cancel();
            if (!connection.headersDone) {
                fail(connection);
            }
        }
    }

    private void read(Connection connection, String text) {
        long now = System.nanoTime();
        connection.tail.append(text);
        if (!connection.headersDone) {
            int end = connection.tail.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            connection.headersDone = true;
            connection.status = Integer.parseInt(connection.tail.substring(9, 12));
            connection.tail.delete(0, end + 4);
            pending--;
            if (connection.status == 200) {
                connection.headersAt = now;
                connected.incrementAndGet();
            }
            else {
                failed.incrementAndGet();
            }
        }
        String expected = marker;
        if (expected != null && connection.markerAt == 0 && connection.tail.indexOf(expected) >= 0) {
            connection.markerAt = now;
            received.incrementAndGet();
        }
        if (connection.tail.length() > 4096) {
            connection.tail.delete(0, connection.tail.length() - 1024);
        }
    }

    private void fail(Connection connection) {
        pending--;
        failed.incrementAndGet();
        try {
            connection.channel.close();
        }
        catch (IOException ex) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        try {
            loop.join(2000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            for (Connection connection : connections) {
                try {
                    connection.channel.close();
                }
                catch (IOException ex) {
                    // closing anyway
                }
            }
        }
        selector.close();
    }
}
