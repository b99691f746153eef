package io.sinmun.push.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's push service: HTTP/1.1 on one NIO selector thread that reads each request,
 * answers {@code 201} and keeps the connection. It decrypts nothing while the benchmark runs (the
 * bodies of {@code /push/probe} requests are kept and decrypted afterwards), so the measured CPU is
 * the sender's; the selector thread's own CPU time is reported to be subtracted.
 */
final class LoopbackPushService implements AutoCloseable {

    private static final byte[] CREATED = "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    final AtomicInteger received = new AtomicInteger();
    final AtomicLong first = new AtomicLong();
    final AtomicLong last = new AtomicLong();
    private final List<byte[]> probes = new ArrayList<>();
    private final ServerSocketChannel server;
    private final Selector selector;
    private final Thread thread;
    private volatile boolean running = true;

    /** One connection's read state: the header bytes so far, then the body still to come. */
    private static final class Connection {
        final ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        final ByteBuffer out = ByteBuffer.wrap(CREATED);
        String path;
        int bodyLeft = -1;
        java.io.ByteArrayOutputStream probe;
    }

    LoopbackPushService() throws IOException {
        server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.configureBlocking(false);
        selector = Selector.open();
        server.register(selector, SelectionKey.OP_ACCEPT);
        thread = new Thread(this::run, "loopback-push-service");
        thread.setDaemon(true);
        thread.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.socket().getLocalPort();
    }

    /** CPU time the service's thread has used so far, in nanoseconds. */
    long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.getId());
    }

    /** Forgets what arrived so far (after the warm-up). */
    synchronized void reset() {
        probes.clear();
        received.set(0);
        first.set(0);
        last.set(0);
    }

    synchronized List<byte[]> probes() {
        return List.copyOf(probes);
    }

    private void run() {
        try {
            while (running) {
                selector.select(100);
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    try {
                        if (key.isAcceptable()) {
                            SocketChannel channel = server.accept();
                            if (channel != null) {
                                channel.configureBlocking(false);
                                channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                                channel.register(selector, SelectionKey.OP_READ, new Connection());
                            }
                        }
                        else if (key.isReadable()) {
                            read(key);
                        }
                    }
                    catch (IOException | RuntimeException ex) {
                        key.cancel();
                        key.channel().close();
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void read(SelectionKey key) throws IOException {
        SocketChannel channel = (SocketChannel) key.channel();
        Connection c = (Connection) key.attachment();
        if (channel.read(c.in) < 0) {
            key.cancel();
            channel.close();
            return;
        }
        c.in.flip();
        while (c.in.hasRemaining()) {
            if (c.bodyLeft < 0) {
                int end = headerEnd(c.in);
                if (end < 0) {
                    break; // the rest of the header is still to come
                }
                byte[] header = new byte[end - c.in.position()];
                c.in.get(header);
                c.in.position(end + 4);
                parse(c, new String(header, StandardCharsets.ISO_8859_1));
            }
            int take = Math.min(c.bodyLeft, c.in.remaining());
            if (c.probe != null) {
                c.probe.write(c.in.array(), c.in.position(), take);
            }
            c.in.position(c.in.position() + take);
            c.bodyLeft -= take;
            if (c.bodyLeft > 0) {
                break;
            }
            answer(channel, c);
        }
        c.in.compact();
    }

    private void parse(Connection c, String header) {
        String[] lines = header.split("\r\n");
        c.path = lines[0].split(" ")[1];
        c.bodyLeft = 0;
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                c.bodyLeft = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        c.probe = c.path.endsWith("/probe") ? new java.io.ByteArrayOutputStream() : null;
    }

    private void answer(SocketChannel channel, Connection c) throws IOException {
        if (c.probe != null) {
            synchronized (this) {
                probes.add(c.probe.toByteArray());
            }
        }
        long now = System.nanoTime();
        first.compareAndSet(0, now);
        last.set(now);
        received.incrementAndGet();
        c.out.rewind();
        while (c.out.hasRemaining()) {
            channel.write(c.out); // 43 bytes into an empty socket buffer: never blocks for long
        }
        c.bodyLeft = -1;
        c.path = null;
        c.probe = null;
    }

    private static int headerEnd(ByteBuffer buffer) {
        for (int i = buffer.position(); i + 3 < buffer.limit(); i++) {
            if (buffer.get(i) == '\r' && buffer.get(i + 1) == '\n' && buffer.get(i + 2) == '\r'
                    && buffer.get(i + 3) == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        try {
            thread.join(2000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        selector.close();
        server.close();
    }
}
