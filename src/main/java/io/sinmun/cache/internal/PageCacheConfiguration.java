package io.sinmun.cache.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

    /** After the view counter (which must see every read, cached or not), before Spring Security. */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 3;

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
