package io.sinmun.newsroom.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.sinmun.newsroom.Account;
import io.sinmun.newsroom.Role;
import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    private static final String COLUMNS = "id, username, display_name, email, role, enabled, reporter_id, created_at";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("select count(*) from newsroom_account").query(Long.class).single();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from newsroom_account where id = :id").param("id", id)
                .query(AccountRepository::map).optional();
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from newsroom_account where username = :username")
                .param("username", username).query(AccountRepository::map).optional();
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from newsroom_account where username = :username")
                .param("username", username).query(String.class).optional();
    }

    public List<Account> findAll() {
        return jdbc.sql("select " + COLUMNS + " from newsroom_account order by role, username")
                .query(AccountRepository::map).list();
    }

    public long countEnabledAdmins() {
        return jdbc.sql("select count(*) from newsroom_account where role = 'ADMIN' and enabled = true")
                .query(Long.class).single();
    }

    public long insert(String username, String hash, String displayName, String email, Role role, long reporterId,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into newsroom_account (username, password_hash, display_name, email, role, enabled, reporter_id,
                                              created_at, updated_at)
                values (:username, :hash, :name, :email, :role, true, :reporter, :now, :now)
                """).param("username", username).param("hash", hash).param("name", displayName)
                .param("email", email).param("role", role.name()).param("reporter", reporterId)
                .param("now", SeoulTime.jdbc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateRoleAndEnabled(long id, Role role, boolean enabled, Instant now) {
        jdbc.sql("update newsroom_account set role = :role, enabled = :enabled, updated_at = :now where id = :id")
                .param("id", id).param("role", role.name()).param("enabled", enabled)
                .param("now", SeoulTime.jdbc(now)).update();
    }

    public void updatePassword(long id, String hash, Instant now) {
        jdbc.sql("update newsroom_account set password_hash = :hash, updated_at = :now where id = :id")
                .param("id", id).param("hash", hash).param("now", SeoulTime.jdbc(now)).update();
    }

    public void updatePasswordHash(String username, String hash) {
        jdbc.sql("update newsroom_account set password_hash = :hash where username = :username")
                .param("username", username).param("hash", hash).update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        long reporter = rs.getLong("reporter_id");
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                rs.wasNull() ? null : reporter, rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
