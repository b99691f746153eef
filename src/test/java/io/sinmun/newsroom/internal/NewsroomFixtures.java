package io.sinmun.newsroom.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.sinmun.article.ArticleDraft;
import io.sinmun.newsroom.Account;
import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.Desk;
import io.sinmun.newsroom.Role;
import io.sinmun.newsroom.Staff;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Accounts and articles for newsroom tests, and the session principal Spring Security would hold. */
@Component
class NewsroomFixtures {

    static final String PASSWORD = "Hanam-river-2026!";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Accounts accounts;
    private final Desk desk;

    NewsroomFixtures(Accounts accounts, Desk desk) {
        this.accounts = accounts;
        this.desk = desk;
    }

    Account account(Role role) {
        String name = role.name().toLowerCase() + SEQUENCE.incrementAndGet();
        return accounts.create("test", name, role.label() + " " + name, null, role, PASSWORD);
    }

    static Authentication login(Account account) {
        NewsroomUser user = new NewsroomUser(account, "unused");
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    long draftBy(Account account, String headline) {
        return desk.create(Staff.of(account), new ArticleDraft(null, headline, null, "<p>" + headline + "</p>", null,
                null, null, null, List.of())).article().id();
    }
}
