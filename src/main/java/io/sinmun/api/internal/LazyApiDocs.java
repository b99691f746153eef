package io.sinmun.api.internal;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.type.MethodMetadata;

/**
 * Creates springdoc's beans (and the OpenAPI model) when /v3/api-docs or Swagger UI is first
 * asked for instead of at start: with swagger-core and the Jackson 2 it brings, they were about a
 * thousand classes loaded and compiled before the site could serve a page, for a document few
 * requests ever ask for. Their controllers are still mapped at start (by type, without an
 * instance).
 */
final class LazyApiDocs implements BeanFactoryPostProcessor {

    private static final String SPRINGDOC = "org.springdoc.";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (isApiDocs(definition) && definition.isSingleton()) {
                definition.setLazyInit(true);
            }
        }
    }

    static boolean isApiDocs(BeanDefinition definition) {
        String type = definition.getBeanClassName();
        if (type != null && (type.startsWith(SPRINGDOC) || type.equals(OpenApiConfiguration.class.getName()))) {
            return true;
        }
        if (definition instanceof AnnotatedBeanDefinition annotated) {
            MethodMetadata factory = annotated.getFactoryMethodMetadata();
            return factory != null && (factory.getDeclaringClassName().startsWith(SPRINGDOC)
                    || factory.getDeclaringClassName().equals(OpenApiConfiguration.class.getName()));
        }
        return false;
    }
}
