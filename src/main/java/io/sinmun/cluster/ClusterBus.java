package io.sinmun.cluster;

import io.sinmun.cluster.internal.BusListener;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Whether this node is part of a cluster and hears the others now. */
@Service
public class ClusterBus {

    private final ObjectProvider<BusListener> listener;

    ClusterBus(ObjectProvider<BusListener> listener) {
        this.listener = listener;
    }

    /** True on PostgreSQL (or with {@code sinmun.cluster.enabled=true}). */
    public boolean enabled() {
        return listener.getIfAvailable() != null;
    }

    /** True while the listening connection is open (always false in single-node mode). */
    public boolean connected() {
        BusListener bus = listener.getIfAvailable();
        return bus != null && bus.connected();
    }
}
