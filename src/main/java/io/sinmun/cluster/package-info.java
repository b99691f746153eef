/**
 * Several Sinmun nodes on one PostgreSQL database (docs/scaling.md). Owns {@code cluster_session}
 * (HTTP sessions, Spring Session JDBC, used only in cluster mode) and the bus: in the transaction
 * that publishes, updates or withdraws an article, or changes sections or settings, a
 * {@code pg_notify} carrying ids and page-cache tags; PostgreSQL delivers it on commit only. Every
 * other node drops those page-cache entries, wakes its live broadcaster and announces
 * {@link io.sinmun.cluster.RemoteArticleChanged} for the in-memory state other modules keep (search
 * index, number lookups, sitemap blocks). A node whose listening connection drops reconnects and
 * announces {@link io.sinmun.cluster.RemoteChangesMissed}. Active on PostgreSQL, or when
 * {@code sinmun.cluster.enabled=true}; H2 single-node mode has none of it. Hears the article, section
 * and site events; its readiness indicator {@code clusterBus} is DOWN while the bus is disconnected.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "article", "section", "site",
        "cache", "live" })
package io.sinmun.cluster;
