package io.sinmun.reader.internal;

import io.sinmun.system.SeoulTime;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ViewFilterConfiguration {

    /**
     * Ahead of the page cache (which answers from memory at {@code HIGHEST_PRECEDENCE + 2}) and of
     * everything else but the character encoding: a cached hit costs only these two filters.
     */
    @Bean
    FilterRegistrationBean<ArticleViewFilter> articleViewFilter(PublishedNumbers published, ViewCounter views,
            ReaderKeys readers, SeoulTime time) {
        FilterRegistrationBean<ArticleViewFilter> registration = new FilterRegistrationBean<>(
                new ArticleViewFilter(published, views, readers, time));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("articleViews");
        return registration;
    }
}
