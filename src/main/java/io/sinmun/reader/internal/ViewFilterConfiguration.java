package io.sinmun.reader.internal;

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
    FilterRegistrationBean<ArticleViewFilter> articleViewFilter(ArticleViewListener views) {
        FilterRegistrationBean<ArticleViewFilter> registration = new FilterRegistrationBean<>(
                new ArticleViewFilter(views));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("articleViews");
        return registration;
    }
}
