package io.sinmun.cluster.internal;

import io.sinmun.cluster.ClusterBus;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code clusterBus}, part of readiness: a node that does not hear the others would serve stale
 * pages, so the load balancer should stop sending it readers until the bus is back.
 */
@Component
class ClusterBusHealthIndicator implements HealthIndicator {

    private final ClusterBus bus;

    ClusterBusHealthIndicator(ClusterBus bus) {
        this.bus = bus;
    }

    @Override
    public Health health() {
        if (!bus.enabled()) {
            return Health.up().withDetail("mode", "single node").build();
        }
        return bus.connected() ? Health.up().withDetail("mode", "cluster").build()
                : Health.down().withDetail("mode", "cluster").withDetail("bus", "disconnected").build();
    }
}
