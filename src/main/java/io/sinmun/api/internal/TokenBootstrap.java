package io.sinmun.api.internal;

import io.sinmun.newsroom.FirstAdministratorCreated;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Automation on a new installation: {@code SINMUN_ADMIN_TOKEN} (at least 32 characters) becomes
 * the first administrator's API token, so a script can work without a browser. Never logged.
 */
@Component
class TokenBootstrap {

    private static final Logger log = LoggerFactory.getLogger(TokenBootstrap.class);

    private final ApiTokens tokens;
    private final String token;

    TokenBootstrap(ApiTokens tokens, @Value("${sinmun.admin-token:}") String token) {
        this.tokens = tokens;
        this.token = token.strip();
    }

    @EventListener
    void on(FirstAdministratorCreated created) {
        if (token.isEmpty()) {
            return;
        }
        if (token.length() < 32) {
            log.error("SINMUN_ADMIN_TOKEN is shorter than 32 characters and was not accepted");
            return;
        }
        tokens.store(created.accountId(), "SINMUN_ADMIN_TOKEN", token);
        log.info("The first administrator's API token from SINMUN_ADMIN_TOKEN is active");
    }
}
