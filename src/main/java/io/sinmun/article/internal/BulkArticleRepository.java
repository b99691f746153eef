package io.sinmun.article.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sinmun.article.ArticleDraft;
import io.sinmun.article.BulkArticle;
import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Batched inserts for {@code BulkPublishing}: the rows of the editor's path, many per statement round. */
@Repository
public class BulkArticleRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    BulkArticleRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Takes {@code count} consecutive numbers under the counter's row lock; returns the first. */
    public long reserveNumbers(int count) {
        jdbc.sql("update article_number set last_number = last_number + :n where id = 1").param("n", count).update();
        return jdbc.sql("select last_number from article_number where id = 1").query(Long.class).single() - count + 1;
    }

    public long lastNumber() {
        return jdbc.sql("select last_number from article_number where id = 1").query(Long.class).single();
    }

    public void insertPublished(List<BulkArticle> articles, long firstNumber) {
        batch.batchUpdate("""
                insert into article (number, section_id, headline, subheadline, body_html, lead_image_id,
                                     lead_image_caption, lead_image_credit, has_images, reporter_id, status,
                                     created_at, published_at, updated_at, view_count, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, 1)
                """, new BatchPreparedStatementSetter() {
            @Override
            public int getBatchSize() {
                return articles.size();
            }

            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                BulkArticle a = articles.get(i);
                ArticleDraft d = a.draft();
                ps.setLong(1, firstNumber + i);
                setLong(ps, 2, d.sectionId());
                ps.setString(3, d.headline());
                ps.setString(4, d.subheadline());
                ps.setString(5, d.bodyHtml());
                setLong(ps, 6, d.leadImageId());
                ps.setString(7, d.leadImageCaption());
                ps.setString(8, d.leadImageCredit());
                ps.setBoolean(9, a.hasImages());
                setLong(ps, 10, d.reporterId());
                ps.setObject(11, SeoulTime.jdbc(a.createdAt()));
                ps.setObject(12, SeoulTime.jdbc(a.publishedAt()));
                ps.setObject(13, SeoulTime.jdbc(a.publishedAt()));
                ps.setLong(14, a.views());
            }
        });
        Map<Long, Long> idByNumber = new HashMap<>();
        jdbc.sql("select id, number from article where number between :first and :last")
                .param("first", firstNumber).param("last", firstNumber + articles.size() - 1)
                .query(rs -> {
                    idByNumber.put(rs.getLong(2), rs.getLong(1));
                });
        List<Object[]> tags = new ArrayList<>();
        List<Object[]> revisions = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            BulkArticle a = articles.get(i);
            ArticleDraft d = a.draft();
            long id = idByNumber.get(firstNumber + i);
            for (int t = 0; t < d.tags().size(); t++) {
                tags.add(new Object[] { id, t, d.tags().get(t) });
            }
            revisions.add(new Object[] { id, d.sectionId(), d.headline(), d.subheadline(), d.bodyHtml(),
                    d.leadImageId(), d.leadImageCaption(), d.leadImageCredit(), d.reporterId(),
                    String.join(",", d.tags()), a.author(), SeoulTime.jdbc(a.createdAt()) });
        }
        if (!tags.isEmpty()) {
            batch.batchUpdate("insert into article_tag (article_id, position, tag) values (?, ?, ?)", tags);
        }
        batch.batchUpdate("""
                insert into article_revision (article_id, revision_no, section_id, headline, subheadline, body_html,
                       lead_image_id, lead_image_caption, lead_image_credit, reporter_id, tags, author, autosave,
                       created_at)
                values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)
                """, revisions, new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                Types.TIMESTAMP_WITH_TIMEZONE });
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        }
        else {
            ps.setLong(index, value);
        }
    }
}
