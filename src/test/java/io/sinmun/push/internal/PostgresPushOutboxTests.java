package io.sinmun.push.internal;

import java.util.Map;

import io.sinmun.testing.PostgresTestDatabase;
import io.sinmun.testing.RequiresPostgres;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The push outbox on PostgreSQL, where SKIP LOCKED claims really run concurrently. */
@RequiresPostgres
class PostgresPushOutboxTests extends PushOutboxContract {

    private String schema;

    @BeforeEach
    void createSchema() {
        schema = PostgresTestDatabase.createSchema();
    }

    @Override
    Map<String, Object> database() {
        return Map.of("spring.datasource.url", PostgresTestDatabase.urlFor(schema),
                "spring.datasource.username", PostgresTestDatabase.USER,
                "spring.datasource.password", PostgresTestDatabase.PASSWORD);
    }

    @AfterEach
    void dropSchema() {
        PostgresTestDatabase.dropSchema(schema);
    }
}
