package io.sinmun.live.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps an idle connection cheap, so one node holds 10,000 open streams in a 512 MiB heap (see
 * docs/live.md for the measured cost per stream): the lean protocol's small response buffer, and
 * smaller socket buffers (Tomcat's default is 8 KiB each way, per connection). Bigger transfers
 * only take a few more system calls. {@code server.tomcat.max-connections} is raised in
 * application.properties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LiveServerTuning {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> leanConnections() {
        return factory -> {
            factory.setProtocol(LeanHttp11NioProtocol.class.getName());
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("socket.appReadBufSize", "2048");
                connector.setProperty("socket.appWriteBufSize", "4096");
            });
        };
    }
}
