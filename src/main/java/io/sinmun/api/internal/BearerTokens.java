package io.sinmun.api.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import io.sinmun.newsroom.Account;
import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.Staff;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Authenticates {@code Authorization: Bearer …} on the API, and limits each token to
 * {@code sinmun.api.rate-limit} requests a minute: a token bucket of that size refilled evenly,
 * so there is no burst of twice the limit at a minute's edge (counted per node: with N nodes a
 * token gets at most N times that, which still stops a runaway script).
 */
class BearerTokens extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final int perMinute;
    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2)).maximumSize(100_000).build();

    /** Requests a token may still make; refilled at perMinute per minute up to perMinute. */
    private static final class Bucket {

        private double available;
        private long refilledAt;

        Bucket(int capacity, long now) {
            available = capacity;
            refilledAt = now;
        }

        /** Takes one request, or returns how many milliseconds until one is available. */
        synchronized long take(int perMinute, long now) {
            available = Math.min(perMinute, available + (now - refilledAt) * perMinute / 60_000.0);
            refilledAt = now;
            if (available >= 1) {
                available -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - available) * 60_000.0 / perMinute);
        }
    }

    BearerTokens(ApiTokens tokens, Accounts accounts, int perMinute) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() > 200) {
            Problems.write(request, response, HttpStatus.UNAUTHORIZED, "인증이 필요합니다", "Authorization 헤더는 'Bearer <토큰>' 형식이어야 합니다.");
            return;
        }
        String token = header.substring(7).strip();
        Optional<ApiToken> found = tokens.use(token);
        Optional<Account> account = found.map(ApiToken::accountId).flatMap(accounts::findById)
                .filter(Account::enabled);
        if (found.isEmpty() || account.isEmpty()) {
            Problems.write(request, response, HttpStatus.UNAUTHORIZED, "인증이 필요합니다", "API 토큰이 없거나 취소되었거나 계정이 중지되었습니다.");
            return;
        }
        long tokenId = found.get().id();
        long now = System.currentTimeMillis();
        long wait = buckets.get(tokenId, id -> new Bucket(perMinute, now)).take(perMinute, now);
        if (wait > 0) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, (wait + 999) / 1000)));
            Problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "요청이 너무 많습니다",
                    "이 토큰은 1분에 " + perMinute + "번까지 요청할 수 있습니다. 잠시 후 다시 시도해 주세요.");
            return;
        }
        Staff staff = Staff.of(account.get());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(new ApiCaller(staff, tokenId),
                null, java.util.List.of(new SimpleGrantedAuthority("ROLE_" + staff.role().name())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
