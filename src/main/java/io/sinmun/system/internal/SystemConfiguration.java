package io.sinmun.system.internal;

import java.nio.file.Path;
import java.time.Clock;

import io.sinmun.system.DataDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DataDirectory dataDirectory(@Value("${sinmun.data-dir}") String dir) {
        return new DataDirectory(Path.of(dir));
    }
}
