package io.sinmun.reader.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ViewRepository {

    private final JdbcTemplate jdbc;

    ViewRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records each (article, day, reader) once. Returns the views that were new, i.e. that count;
     * a reader already recorded by this or another node yields nothing.
     */
    List<PendingView> recordNew(List<PendingView> views) {
        int[] inserted = jdbc.batchUpdate("""
                insert into reader_view (article_id, view_day, reader_key) values (?, ?, ?) on conflict do nothing
                """, views.stream().map(v -> new Object[] { v.articleId(), v.day(), v.readerKey() }).toList());
        List<PendingView> counted = new ArrayList<>();
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] > 0) {
                counted.add(views.get(i));
            }
        }
        return counted;
    }

    /** Adds to the per-day totals; increments, never read-modify-write. */
    void addDaily(Map<DailyKey, Long> deltas) {
        List<Object[]> rows = deltas.keySet().stream().map(k -> new Object[] { k.articleId(), k.day() }).toList();
        jdbc.batchUpdate("""
                insert into reader_view_daily (article_id, view_day, views) values (?, ?, 0) on conflict do nothing
                """, rows);
        jdbc.batchUpdate("update reader_view_daily set views = views + ? where article_id = ? and view_day = ?",
                deltas.entrySet().stream()
                        .map(e -> new Object[] { e.getValue(), e.getKey().articleId(), e.getKey().day() }).toList());
    }

    int purgeBefore(LocalDate day) {
        return jdbc.update("delete from reader_view where view_day < ?", day);
    }

    record DailyKey(long articleId, LocalDate day) {
    }
}
