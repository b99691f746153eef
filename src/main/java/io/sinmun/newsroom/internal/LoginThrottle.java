package io.sinmun.newsroom.internal;

import java.time.Duration;
import java.time.Instant;

import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Five failed logins within fifteen minutes lock that username, and separately that client
 * address, until the failures age out. Counted in the database, so every node sees the same
 * attempts; a successful login clears its username's count.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final SeoulTime time;

    LoginThrottle(JdbcClient jdbc, SeoulTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    boolean isLocked(String username, String client) {
        Instant since = time.now().minus(WINDOW);
        long byUser = jdbc.sql("""
                select count(*) from newsroom_login
                 where username = :username and success = false and at > :since
                   and at > coalesce((select max(s.at) from newsroom_login s
                                       where s.username = :username and s.success = true), :since)
                """).param("username", username).param("since", SeoulTime.jdbc(since)).query(Long.class).single();
        long byClient = jdbc.sql("""
                select count(*) from newsroom_login where client = :client and success = false and at > :since
                """).param("client", client).param("since", SeoulTime.jdbc(since)).query(Long.class).single();
        return byUser >= MAX_FAILURES || byClient >= MAX_FAILURES;
    }

    void record(String username, String client, boolean success) {
        jdbc.sql("insert into newsroom_login (username, client, success, at) values (:username, :client, :success, :at)")
                .param("username", username).param("client", client).param("success", success)
                .param("at", SeoulTime.jdbc(time.now())).update();
    }

    /** Attempts older than a month tell nothing more. */
    int purge() {
        return jdbc.sql("delete from newsroom_login where at < :before")
                .param("before", SeoulTime.jdbc(time.now().minus(Duration.ofDays(30)))).update();
    }
}
