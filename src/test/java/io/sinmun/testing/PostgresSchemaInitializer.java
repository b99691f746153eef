package io.sinmun.testing;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at a fresh PostgreSQL schema and drops it when the context closes. */
public class PostgresSchemaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (PostgresTestDatabase.unavailableReason() != null) {
            return; // the condition has already skipped or failed the test
        }
        String schema = PostgresTestDatabase.createSchema();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresTestSchema",
                Map.of("spring.datasource.url", PostgresTestDatabase.urlFor(schema),
                        "spring.datasource.username", PostgresTestDatabase.USER,
                        "spring.datasource.password", PostgresTestDatabase.PASSWORD)));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                try {
                    // after the pool has closed; idle schemas of killed runs are dropped after a day
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> PostgresTestDatabase.dropSchema(schema)));
                }
                catch (IllegalStateException alreadyShuttingDown) {
                    // the JVM is exiting; the stale-schema sweep of the next run removes it
                }
            }
        });
    }
}
