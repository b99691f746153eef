package io.sinmun.cluster.internal;

import io.sinmun.article.Articles;
import io.sinmun.cache.PageCache;
import io.sinmun.live.LiveEvents;
import io.sinmun.section.Sections;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bus, only in cluster mode ({@link ClusterMode}). */
@Configuration(proxyBeanMethods = false)
@Conditional(ClusterMode.class)
@EnableConfigurationProperties(ClusterProperties.class)
class ClusterConfiguration {

    @Bean
    BusChannel busChannel(ClusterProperties properties, JdbcClient jdbc) {
        return new BusChannel(properties, jdbc);
    }

    @Bean
    BusNotifier busNotifier(JdbcClient jdbc, BusChannel channel, Sections sections, Articles articles) {
        return new BusNotifier(jdbc, channel, sections, articles);
    }

    @Bean
    BusReceiver busReceiver(PageCache cache, LiveEvents live, ApplicationEventPublisher events) {
        return new BusReceiver(cache, live, events);
    }

    @Bean
    BusListener busListener(Environment env, BusChannel channel, BusReceiver receiver, ClusterProperties properties) {
        return new BusListener(env, channel, receiver, properties);
    }
}
