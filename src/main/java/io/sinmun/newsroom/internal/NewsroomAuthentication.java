package io.sinmun.newsroom.internal;

import java.util.Locale;

import io.sinmun.newsroom.AuditLog;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login for newsroom accounts, behind the throttle: a locked username or address is
 * refused before the password is even checked, and every outcome goes to the audit trail.
 */
@Component
class NewsroomAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    NewsroomAuthentication(AccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle,
            AuditLog audit) {
        UserDetailsService users = username -> accounts.findByUsername(username.toLowerCase(Locale.ROOT))
                .map(account -> new NewsroomUser(account, accounts.passwordHash(account.username()).orElseThrow()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        // Argon2 parameters change over the years: re-hash on a successful login with old ones
        UserDetailsPasswordService upgrade = (user, hash) -> {
            accounts.updatePasswordHash(user.getUsername(), hash);
            return user;
        };
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(upgrade);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? ""
                : authentication.getName().strip().toLowerCase(Locale.ROOT);
        username = username.length() > 100 ? username.substring(0, 100) : username;
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        if (throttle.isLocked(username, client)) {
            audit.recordAlone(username, "로그인 차단", username, "실패가 너무 많아 15분간 차단", client);
            throw new LockedException("too many failed logins");
        }
        try {
            Authentication result = passwords.authenticate(new UsernamePasswordAuthenticationToken(username,
                    authentication.getCredentials()));
            throttle.record(username, client, true);
            audit.recordAlone(username, "로그인", username, null, client);
            return result;
        }
        catch (BadCredentialsException | DisabledException ex) {
            throttle.record(username, client, false);
            audit.recordAlone(username, "로그인 실패", username,
                    ex instanceof DisabledException ? "사용 중지된 계정" : "아이디 또는 비밀번호 틀림", client);
            throw ex;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
