package io.sinmun.cache.internal;

import java.util.List;

import io.sinmun.cache.PageReadListener;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

    /**
     * Right after the character encoding (first) and the view counter (which must see every read,
     * cached or not, at {@code HIGHEST_PRECEDENCE + 1}), so a hit costs none of the filters behind
     * it: the HTTP metrics observation, form parsing, request context, Spring Security.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    /** Boot puts the metrics observation at {@code HIGHEST_PRECEDENCE + 1}, fixed: move it behind the cache. */
    static final int OBSERVATION_ORDER = ORDER + 1;

    @Bean
    static BeanPostProcessor observationBehindPageCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof FilterRegistrationBean<?> registration
                        && registration.getFilter() instanceof ServerHttpObservationFilter) {
                    registration.setOrder(OBSERVATION_ORDER);
                }
                return bean;
            }
        };
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty(name = "sinmun.cache.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageStore store, PageCacheProperties properties) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
                new PageCacheFilter(store, properties));
        registration.setOrder(ORDER);
        registration.setName("pageCache");
        return registration;
    }

    /**
     * The front door, around the gzip handler and the servlets: hits never reach them. Boot adds
     * the statistics handler that graceful shutdown counts requests with after the customizers,
     * outside this one, so hits are still waited for at shutdown.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty(name = "sinmun.cache.enabled", havingValue = "true", matchIfMissing = true)
    WebServerFactoryCustomizer<JettyServletWebServerFactory> pageCacheFront(ObjectProvider<PageStore> store,
            ObjectProvider<PageReadListener> listeners,
            @Value("${server.servlet.session.cookie.name:}") String sessionCookie,
            @Value("${server.forward-headers-strategy:none}") String forwardHeaders) {
        if ("framework".equalsIgnoreCase(forwardHeaders)) {
            // X-Forwarded-* are then read by a servlet filter the front door runs before: it would
            // see the proxy's address and scheme. "native" applies them in the connector, before it.
            return factory -> { };
        }
        // the server's own session cookie, and Spring Session's in cluster mode (cluster.internal.ClusterSessions)
        List<String> sessionCookies = sessionCookie.isBlank() ? List.of("JSESSIONID", "SESSION")
                : List.of(sessionCookie, "JSESSIONID", "SESSION");
        return factory -> factory.addServerCustomizers(server -> server.setHandler(new PageCacheFront(
                server.getHandler(), store::getObject, () -> listeners.orderedStream().toList(), sessionCookies)));
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<FingerprintedAssets> fingerprintedAssets() {
        FilterRegistrationBean<FingerprintedAssets> registration = new FilterRegistrationBean<>(new FingerprintedAssets());
        registration.setOrder(ORDER);
        registration.setName("fingerprintedAssets");
        return registration;
    }

    /** Replaces Boot's {@code ResourceUrlEncodingFilter} (same type, so Boot backs off). */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticUrlEncoding(
            @Qualifier("mvcResourceUrlProvider") ResourceUrlProvider urls) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                new StaticUrlEncoding(urls));
        registration.setName("staticUrlEncoding");
        return registration;
    }
}
