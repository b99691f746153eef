package io.sinmun.newsroom.internal;

import io.sinmun.newsroom.AccountRejectedException;
import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Uses up the setup link and creates the administrator in one transaction: a refused password keeps the link. */
@Component
class AdminSetup {

    private final Accounts accounts;
    private final SetupTokens tokens;

    AdminSetup(Accounts accounts, SetupTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Transactional
    void createAdmin(String token, String username, String displayName, String email, String password) {
        if (!tokens.consume(token)) {
            throw new AccountRejectedException("설치 링크가 이미 사용되었습니다.");
        }
        accounts.create("설치", username, displayName, email, Role.ADMIN, password);
    }
}
