package io.sinmun.newsroom.internal;

import io.sinmun.newsroom.Account;
import io.sinmun.newsroom.AccountRejectedException;
import io.sinmun.newsroom.FirstAdministratorCreated;
import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A new installation has no accounts. With {@code SINMUN_ADMIN_PASSWORD} set, start-up creates
 * user {@code admin} with it; otherwise it prints a one-time link that lets the first visitor
 * with access to the log create the administrator. The password itself is never logged.
 */
@Component
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final SetupTokens tokens;
    private final Environment env;
    private final String password;
    private final boolean adminToken;
    private final ApplicationEventPublisher events;

    FirstAdmin(Accounts accounts, SetupTokens tokens, Environment env, ApplicationEventPublisher events,
            @Value("${sinmun.admin-password:}") String password, @Value("${sinmun.admin-token:}") String adminToken) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.env = env;
        this.events = events;
        this.password = password;
        this.adminToken = !adminToken.isEmpty();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureAnAdministrator() {
        if (!accounts.none()) {
            tokens.clear();
            return;
        }
        if (!password.isEmpty() || adminToken) {
            // with only an API token for automation, the password is random: an admin can reset it later
            String initial = password.isEmpty() ? randomPassword() : password;
            try {
                Account admin = accounts.create("시스템", "admin", "관리자", null, Role.ADMIN, initial);
                log.info("Created the first administrator 'admin' from {}",
                        password.isEmpty() ? "SINMUN_ADMIN_TOKEN" : "SINMUN_ADMIN_PASSWORD");
                events.publishEvent(new FirstAdministratorCreated(admin.id()));
                return;
            }
            catch (AccountRejectedException ex) {
                log.error("SINMUN_ADMIN_PASSWORD was not accepted ({}); use the setup link instead", ex.getMessage());
            }
        }
        String port = env.getProperty("local.server.port", "8080");
        log.warn("No newsroom accounts yet. Create the first administrator at http://localhost:{}/setup?token={} "
                + "(valid for 24 hours, once; or set SINMUN_ADMIN_PASSWORD and restart)", port, tokens.issue());
    }
}
