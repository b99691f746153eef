package io.sinmun.live.internal;

import org.eclipse.jetty.server.ServerConnector;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connector for 10,000 open streams per node (docs/live.md, measured cost per stream): a
 * backlog of 1,000 connections waiting to be accepted, for a node whose readers all come back at
 * once after a restart. The connection limit (12,000) and the idle timeout are in
 * application.properties ({@code server.jetty.*}); each stream's response buffer is made small in
 * {@link StreamController}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LiveServerTuning {

    static final int ACCEPT_QUEUE = 1000;

    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> streamConnections() {
        return factory -> factory.addServerCustomizers(server -> {
            for (var connector : server.getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setAcceptQueueSize(ACCEPT_QUEUE);
                }
            }
        });
    }
}
