package io.sinmun.reader.internal;

import io.sinmun.system.SeoulTime;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ViewFilterConfiguration {

    /** Ahead of the page cache (which answers from memory) and of Spring Security. */
    @Bean
    FilterRegistrationBean<ArticleViewFilter> articleViewFilter(PublishedNumbers published, ViewCounter views,
            ReaderKeys readers, SeoulTime time) {
        FilterRegistrationBean<ArticleViewFilter> registration = new FilterRegistrationBean<>(
                new ArticleViewFilter(published, views, readers, time));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("articleViews");
        return registration;
    }
}
