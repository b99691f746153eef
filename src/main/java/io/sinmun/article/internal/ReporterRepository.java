package io.sinmun.article.internal;

import java.util.List;
import java.util.Optional;

import io.sinmun.article.Reporter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ReporterRepository {

    private final JdbcClient jdbc;

    ReporterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Reporter insert(String displayName, String email) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into article_reporter (display_name, email) values (:name, :email)")
                .param("name", displayName).param("email", email).update(keys, "id");
        return new Reporter(keys.getKey().longValue(), displayName, email);
    }

    public Optional<Reporter> findById(long id) {
        return jdbc.sql("select id, display_name, email from article_reporter where id = :id")
                .param("id", id).query(ReporterRepository::reporter).optional();
    }

    public List<Reporter> findAll() {
        return jdbc.sql("select id, display_name, email from article_reporter order by display_name, id")
                .query(ReporterRepository::reporter).list();
    }

    // By position, not Spring's property mapper: that probes "displayName" first, and every miss is an H2 exception.
    private static Reporter reporter(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Reporter(rs.getLong(1), rs.getString(2), rs.getString(3));
    }
}
