package io.sinmun.push.internal;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery rows: claiming due ones for sending, recording what the push service answered, and
 * the newsroom's report. A claim locks due rows with {@code SKIP LOCKED} and marks them, so two nodes
 * never take the same row, and every result is written only while the writer still holds the
 * claim (a node that lost its lease cannot overwrite the newer attempt).
 */
@Component
class PushDeliveries {

    enum State { PENDING, SENDING, DELIVERED, FAILED, EXPIRED }

    /**
     * A claimed delivery with what sending needs, held until {@code claimedUntil}; endpoint is null
     * when the reader unsubscribed meanwhile.
     */
    record Due(long id, String claim, Instant claimedUntil, long subscriptionId, int attempts, String endpoint, String p256dh,
            String auth, String payload, String topic, String urgency, int ttlSeconds, Instant messageCreatedAt) {
    }

    /** What became of one attempt. {@code nextAttempt} is set only for a retry (state PENDING). */
    record Outcome(long id, String claim, long subscriptionId, State state, Integer status, String error,
            Instant nextAttempt) {
    }

    /** One line of the newsroom's report. */
    record Report(long id, long number, String headline, boolean breaking, long targeted, long delivered,
            long failed, long expired, long pending, Instant createdAt, Instant lastActivity) {

        public boolean finished() {
            return pending == 0;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PushDeliveries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Transactional
    List<Due> claim(int limit, Instant now, Instant until) {
        String claim = UUID.randomUUID().toString();
        // Two statements in one transaction: the rows are locked by the first (other claimers skip
        // them), so the update needs no subquery, which H2 would re-run for every row of the table.
        // Due rows and lapsed claims are looked up separately: with an OR of the two, H2 scans the
        // whole table (every delivery ever made) instead of the (state, ...) index.
        List<Long> ids = new ArrayList<>(jdbc.sql("""
                select id from push_delivery where state = 'PENDING' and next_attempt_at <= :now
                fetch first :limit rows only for update skip locked
                """).param("now", SeoulTime.jdbc(now)).param("limit", limit).query(Long.class).list());
        if (ids.size() < limit) {
            ids.addAll(jdbc.sql("""
                    select id from push_delivery where state = 'SENDING' and claimed_until < :now
                    fetch first :limit rows only for update skip locked
                    """).param("now", SeoulTime.jdbc(now)).param("limit", limit - ids.size()).query(Long.class).list());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        int claimed = jdbc.sql("""
                update push_delivery set state = 'SENDING', claim = :claim, claimed_until = :until,
                    attempts = attempts + 1, updated_at = :now
                where id in (:ids)
                  and ((state = 'PENDING' and next_attempt_at <= :now) or (state = 'SENDING' and claimed_until < :now))
                """).param("claim", claim).param("until", SeoulTime.jdbc(until)).param("now", SeoulTime.jdbc(now))
                .param("ids", ids).update();
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql("""
                select d.id, d.subscription_id, d.attempts, s.endpoint, s.p256dh, s.auth, m.payload, m.topic, m.urgency,
                       m.ttl_seconds, m.created_at
                from push_delivery d
                join push_message m on m.id = d.message_id
                left join push_subscription s on s.id = d.subscription_id
                where d.claim = :claim
                """).param("claim", claim)
                .query((rs, n) -> new Due(rs.getLong(1), claim, until, rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getInt(10), rs.getObject(11, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Gives back claimed rows that were never sent (the node is stopping), as if never claimed. */
    @Transactional
    void release(List<Due> unsent, Instant now) {
        template.batchUpdate("""
                update push_delivery set state = 'PENDING', attempts = attempts - 1, claim = null, claimed_until = null,
                    updated_at = ?
                where id = ? and claim = ?
                """, unsent, 500, (ps, d) -> {
            ps.setObject(1, SeoulTime.jdbc(now));
            ps.setLong(2, d.id());
            ps.setString(3, d.claim());
        });
    }

    /** Writes a batch of outcomes; subscriptions the push service called gone are deleted with it. */
    @Transactional
    void record(List<Outcome> outcomes, Instant now) {
        OffsetDateTime at = SeoulTime.jdbc(now);
        template.batchUpdate("""
                update push_delivery set state = ?, last_status = ?, last_error = ?,
                    next_attempt_at = coalesce(?, next_attempt_at), claim = null, claimed_until = null, updated_at = ?
                where id = ? and claim = ?
                """, outcomes, 500, (ps, o) -> {
            ps.setString(1, o.state().name());
            if (o.status() == null) {
                ps.setNull(2, Types.INTEGER);
            }
            else {
                ps.setInt(2, o.status());
            }
            ps.setString(3, o.error() == null ? null : clip(o.error()));
            if (o.nextAttempt() == null) {
                ps.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            else {
                ps.setObject(4, SeoulTime.jdbc(o.nextAttempt()));
            }
            ps.setObject(5, at);
            ps.setLong(6, o.id());
            ps.setString(7, o.claim());
        });
        List<Outcome> gone = outcomes.stream().filter(o -> o.state() == State.EXPIRED).toList();
        if (!gone.isEmpty()) {
            template.batchUpdate("delete from push_subscription where id = ?", gone, 500,
                    (ps, o) -> ps.setLong(1, o.subscriptionId()));
        }
    }

    /** The newest messages with their delivery counts, newest first. */
    List<Report> recent(int limit) {
        return jdbc.sql("""
                select m.id, m.article_number, m.headline, m.breaking, m.targeted, m.created_at,
                       coalesce(sum(case when d.state = 'DELIVERED' then 1 else 0 end), 0),
                       coalesce(sum(case when d.state = 'FAILED' then 1 else 0 end), 0),
                       coalesce(sum(case when d.state = 'EXPIRED' then 1 else 0 end), 0),
                       coalesce(sum(case when d.state in ('PENDING', 'SENDING') then 1 else 0 end), 0),
                       max(d.updated_at)
                from push_message m left join push_delivery d on d.message_id = m.id
                where m.id in (select id from push_message order by id desc fetch first :limit rows only)
                group by m.id, m.article_number, m.headline, m.breaking, m.targeted, m.created_at
                order by m.id desc
                """).param("limit", limit)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4),
                        rs.getLong(5), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getObject(11, OffsetDateTime.class) == null ? null
                                : rs.getObject(11, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static String clip(String error) {
        return error.length() <= 200 ? error : error.substring(0, 200);
    }
}
