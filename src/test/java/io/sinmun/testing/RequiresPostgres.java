package io.sinmun.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test on PostgreSQL, in a schema of its own. Without a reachable server the test
 * is skipped with the reason printed, except under {@code CI=true}, where it fails: CI must
 * prove the PostgreSQL path.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
@ContextConfiguration(initializers = PostgresSchemaInitializer.class)
public @interface RequiresPostgres {

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = PostgresTestDatabase.unavailableReason();
            if (reason == null) {
                return ConditionEvaluationResult.enabled("PostgreSQL is reachable at " + PostgresTestDatabase.URL);
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true, so the PostgreSQL tests must run, but: " + reason);
            }
            System.out.println("[sinmun] skipping " + context.getDisplayName() + ": " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
