package io.sinmun.cluster.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** This node's name on the bus (new at every start) and the channel its nodes share. */
final class BusChannel {

    private final String node;
    private final String channel;

    BusChannel(ClusterProperties properties, JdbcClient jdbc) {
        String name = properties.nodeName();
        this.node = name == null || name.isBlank() ? UUID.randomUUID().toString().substring(0, 8)
                : name.replaceAll("[^A-Za-z0-9_-]", "_");
        String configured = properties.channel();
        if (configured == null || configured.isBlank()) {
            configured = "sinmun_" + jdbc.sql("select current_schema()").query(String.class).single();
        }
        // an identifier: at most 63 bytes, and LISTEN takes it quoted
        this.channel = configured.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(java.util.Locale.ROOT);
        if (channel.length() > 63) {
            throw new IllegalStateException("sinmun.cluster.channel is longer than 63 characters: " + channel);
        }
    }

    String node() {
        return node;
    }

    String channel() {
        return channel;
    }
}
