package io.sinmun.newsroom.internal;

import java.util.Collection;
import java.util.List;

import io.sinmun.newsroom.Account;
import io.sinmun.newsroom.Staff;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in account as Spring Security holds it in the session (no password once authenticated). */
public final class NewsroomUser implements UserDetails {

    private final Account account;
    private final String passwordHash;

    NewsroomUser(Account account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    public Staff staff() {
        return Staff.of(account);
    }

    public Account account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NewsroomUser user && user.account.id() == account.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(account.id());
    }

    @Override
    public String toString() {
        return "NewsroomUser[" + account.username() + "]"; // never the hash
    }
}
