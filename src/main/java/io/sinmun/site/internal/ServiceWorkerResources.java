package io.sinmun.site.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves {@code /sw.js} from {@code static/} like any file, but with {@code no-cache}: a service
 * worker held in a cache for the usual hour would keep an old version running that long after a
 * release. At the root it controls the whole site without a {@code Service-Worker-Allowed} header.
 */
@Configuration(proxyBeanMethods = false)
class ServiceWorkerResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/sw.js").addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache());
    }
}
