package io.sinmun.cluster.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sinmun.cluster.*}. The channel defaults to one per database schema, so that nodes on the
 * same schema hear each other and nothing else (tests run many schemas in one database). The node
 * name (default: random at each start) must differ between nodes: a node ignores its own name.
 */
@ConfigurationProperties("sinmun.cluster")
record ClusterProperties(Boolean enabled, String channel, String nodeName,
        @DefaultValue("5s") Duration keepAlive,
        @DefaultValue("100ms") Duration reconnectMin,
        @DefaultValue("5s") Duration reconnectMax) {
}
