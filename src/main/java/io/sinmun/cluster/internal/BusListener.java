package io.sinmun.cluster.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;

/**
 * The listening side: one connection of its own (not from the pool, which would lose it to
 * eviction), {@code LISTEN} on the channel, notifications handed to the {@link BusReceiver} in
 * commit order. A lost connection (database restart, {@code pg_terminate_backend}, a silent network
 * cut found by the keep-alive query) is reopened with growing back-off; once back, the receiver
 * catches up on everything that may have been missed while away.
 */
public class BusListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BusListener.class);

    private final Environment env;
    private final BusChannel channel;
    private final BusReceiver receiver;
    private final ClusterProperties properties;
    private volatile boolean running;
    private volatile boolean connected;
    private volatile Connection connection;
    private volatile Instant lastAlive; // when the listening connection last proved alive
    private Thread thread;

    BusListener(Environment env, BusChannel channel, BusReceiver receiver, ClusterProperties properties) {
        this.env = env;
        this.channel = channel;
        this.receiver = receiver;
        this.properties = properties;
    }

    /** True while LISTEN is in force on an open connection. */
    public boolean connected() {
        return connected;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "cluster-bus");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration backoff = properties.reconnectMin();
        Instant heardUntil = null; // when the last connection was last known to be listening
        while (running) {
            try (Connection open = connect()) {
                connection = open;
                try (Statement statement = open.createStatement()) {
                    statement.execute("LISTEN \"" + channel.channel() + "\"");
                }
                backoff = properties.reconnectMin();
                if (heardUntil != null) {
                    // what other nodes committed while this one was not listening is lost: catch up
                    log.info("Cluster bus reconnected; catching up on changes since {}", heardUntil);
                    receiver.catchUp(heardUntil.minusSeconds(2));
                }
                else {
                    log.info("Cluster bus listening on channel {} as node {}", channel.channel(), channel.node());
                }
                // ready only once caught up: a page rendered before the catch-up's drops could be stale,
                // and a drop landing after it would throw away a fresh page (ClusterBusTests saw both)
                connected = true;
                lastAlive = Instant.now();
                listen(open);
            }
            catch (SQLException | RuntimeException ex) {
                if (connected) {
                    heardUntil = lastAlive;
                }
                boolean wasConnected = connected;
                connected = false;
                if (!running) {
                    break;
                }
                if (wasConnected) {
                    log.warn("Cluster bus connection lost ({}); reconnecting", ex.getMessage());
                }
                else {
                    log.debug("Cluster bus: no connection ({}); retrying in {}", ex.getMessage(), backoff);
                }
                if (heardUntil == null) {
                    heardUntil = Instant.now(); // the very first connection failed: start-up state is fresh anyway
                }
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(properties.reconnectMax()) > 0 ? properties.reconnectMax()
                        : backoff.multipliedBy(2);
            }
            finally {
                connected = false;
                connection = null;
            }
        }
    }

    /** Returns only by an exception, or at stop. */
    private void listen(Connection open) throws SQLException {
        PGConnection pg = open.unwrap(PGConnection.class);
        long keepAliveMillis = properties.keepAlive().toMillis();
        long lastCheck = System.currentTimeMillis();
        while (running) {
            PGNotification[] notifications = pg.getNotifications((int) Math.min(keepAliveMillis, 500));
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    receiver.receive(notification.getParameter(), channel.node());
                }
                lastAlive = Instant.now();
            }
            if (System.currentTimeMillis() - lastCheck >= keepAliveMillis) {
                // a cut network sends no error: a query with a timeout finds it
                try (Statement statement = open.createStatement()) {
                    statement.setQueryTimeout((int) Math.max(1, keepAliveMillis / 1000));
                    statement.execute("select 1");
                }
                lastCheck = System.currentTimeMillis();
                lastAlive = Instant.now();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        String user = env.getProperty("spring.datasource.username");
        String password = env.getProperty("spring.datasource.password");
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("ApplicationName", "sinmun-bus-" + channel.node());
        Connection open = DriverManager.getConnection(env.getRequiredProperty("spring.datasource.url"), props);
        open.setAutoCommit(true);
        return open;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection open) {
        if (open != null) {
            try {
                open.close();
            }
            catch (SQLException ignored) {
                // closing to stop: nothing to do
            }
        }
    }
}
