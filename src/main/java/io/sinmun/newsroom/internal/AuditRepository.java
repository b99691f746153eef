package io.sinmun.newsroom.internal;

import java.time.Instant;
import java.util.List;

import io.sinmun.newsroom.AuditEntry;
import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Instant at, String actor, String action, String target, String detail, String client) {
        jdbc.sql("""
                insert into newsroom_audit (at, actor, action, target, detail, client)
                values (:at, :actor, :action, :target, :detail, :client)
                """).param("at", SeoulTime.jdbc(at)).param("actor", cut(actor, 100)).param("action", action)
                .param("target", cut(target, 200)).param("detail", cut(detail, 2000)).param("client", cut(client, 64))
                .update();
    }

    /** Newest first. */
    public List<AuditEntry> page(long offset, int limit) {
        return jdbc.sql("""
                select id, at, actor, action, target, detail, client from newsroom_audit
                 order by at desc, id desc limit :limit offset :offset
                """).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new AuditEntry(rs.getLong(1),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from newsroom_audit").query(Long.class).single();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
