package io.sinmun.live.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code live_event} table: appended in publishing transactions, read in id order. */
@Repository
public class LiveEventLog {

    private static final String COLUMNS = "id, type, article_id, article_number, section_slug, headline, payload, created_at";

    private final JdbcClient jdbc;

    LiveEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Bounds(Long min, Long max) {
    }

    void append(String type, long articleId, long number, String sectionSlug, String headline, String payload,
            Instant at) {
        jdbc.sql("""
                insert into live_event (type, article_id, article_number, section_slug, headline, payload, created_at)
                values (:type, :articleId, :number, :section, :headline, :payload, :at)
                """).param("type", type).param("articleId", articleId).param("number", number)
                .param("section", sectionSlug).param("headline", headline).param("payload", payload)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    /** Rows after {@code id}, oldest first, at most {@code limit}. */
    public List<LiveEventRow> after(long id, int limit) {
        return jdbc.sql("select " + COLUMNS + " from live_event where id > :id order by id limit :limit")
                .param("id", id).param("limit", limit).query(LiveEventRow.class).list();
    }

    /** The newest {@code limit} rows after {@code id}, newest first. */
    public List<LiveEventRow> newestAfter(long id, int limit) {
        return jdbc.sql("select " + COLUMNS + " from live_event where id > :id order by id desc limit :limit")
                .param("id", id).param("limit", limit).query(LiveEventRow.class).list();
    }

    /** Those of the given ids that exist (have committed), oldest first. */
    public List<LiveEventRow> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from live_event where id in (:ids) order by id")
                .param("ids", new ArrayList<>(ids)).query(LiveEventRow.class).list();
    }

    public long maxId() {
        Long max = jdbc.sql("select max(id) from live_event").query(Long.class).optional().orElse(null);
        return max == null ? 0 : max;
    }

    public Bounds bounds() {
        return jdbc.sql("select min(id) as min, max(id) as max from live_event").query(Bounds.class).single();
    }

    /**
     * Deletes at most {@code batch} rows older than {@code cutoff}, oldest first. The newest row is
     * always kept, so the log's last id survives a quiet spell and old Last-Event-IDs stay
     * recognisable as old.
     */
    public int prune(Instant cutoff, int batch) {
        return jdbc.sql("""
                delete from live_event where id in (
                    select id from live_event
                    where created_at < :cutoff and id < (select max(id) from live_event)
                    order by id limit :batch)
                """).param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).param("batch", batch).update();
    }
}
