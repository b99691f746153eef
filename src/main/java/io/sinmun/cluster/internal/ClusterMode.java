package io.sinmun.cluster.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Cluster mode: {@code sinmun.cluster.enabled} when given, else on whenever the database is
 * PostgreSQL (the only database several nodes can share; H2 is the one-node mode).
 */
class ClusterMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isOn(context.getEnvironment());
    }

    static boolean isOn(Environment env) {
        String enabled = env.getProperty("sinmun.cluster.enabled");
        if (enabled != null && !enabled.isBlank()) {
            return Boolean.parseBoolean(enabled.trim());
        }
        return env.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
    }
}
