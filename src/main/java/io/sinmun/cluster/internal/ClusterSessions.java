package io.sinmun.cluster.internal;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * HTTP sessions in {@code cluster_session} (Spring Session JDBC) in cluster mode, so that a
 * logged-in editor and the CSRF token in the session hold on whichever node a request lands. The
 * one-node mode keeps the server's in-memory sessions (the table exists there too, unused).
 * Expired rows are deleted every minute by each node; deleting twice is harmless.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ClusterMode.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableJdbcHttpSession(tableName = "cluster_session")
class ClusterSessions {

    /**
     * Before everything that reads the session, also for errors: the page cache's login check runs
     * at HIGHEST_PRECEDENCE + 2 (a newsroom login must bypass it on every node), Spring Security later.
     * Same slot as the view counter, which never touches the session; only the encoding filter is earlier.
     */
    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> clusterSessionFilter(SessionRepositoryFilter<?> filter) {
        FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setName("clusterSessions");
        return registration;
    }
}
