package io.sinmun.article.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleStatus;
import io.sinmun.article.ArticleSummary;
import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ArticleRepository {

    private static final String ARTICLE = """
            select a.id, a.number, a.section_id, a.headline, a.subheadline, a.body_html, a.lead_image_id,
                   a.lead_image_caption, a.has_images, a.reporter_id, r.display_name, a.status, a.created_at,
                   a.published_at, a.updated_at, a.view_count
              from article a left join article_reporter r on r.id = a.reporter_id
            """;
    private static final String SUMMARY = """
            select a.id, a.number, a.section_id, a.headline, a.has_images, r.display_name, a.view_count, a.published_at
              from article a left join article_reporter r on r.id = a.reporter_id
            """;
    // "(:section is null or ...)" would defeat the index on PostgreSQL: build the two shapes instead.
    private static final String PUBLISHED = " where a.status = 'PUBLISHED' ";
    private static final String IN_SECTION = " and a.section_id = :section ";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ArticleRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public long insert(ArticleDraft draft, ArticleStatus status, boolean hasImages, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into article (section_id, headline, subheadline, body_html, lead_image_id, lead_image_caption,
                                     has_images, reporter_id, status, created_at, updated_at)
                values (:section, :headline, :subheadline, :body, :image, :caption, :hasImages, :reporter, :status,
                        :now, :now)
                """).param("section", draft.sectionId()).param("headline", draft.headline())
                .param("subheadline", draft.subheadline()).param("body", draft.bodyHtml())
                .param("image", draft.leadImageId()).param("caption", draft.leadImageCaption())
                .param("hasImages", hasImages).param("reporter", draft.reporterId()).param("status", status.name())
                .param("now", SeoulTime.jdbc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Article> findById(long id) {
        return jdbc.sql(ARTICLE + " where a.id = :id").param("id", id).query(ArticleRepository::article).optional();
    }

    public Optional<Article> findPublishedByNumber(long number) {
        return jdbc.sql(ARTICLE + PUBLISHED + " and a.number = :number").param("number", number)
                .query(ArticleRepository::article).optional();
    }

    /** Newest first. */
    public List<ArticleSummary> listPublished(Long sectionId, long offset, int limit) {
        return inSection(SUMMARY + PUBLISHED, sectionId, " order by a.number desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(ArticleRepository::summary).list();
    }

    public long countPublished(Long sectionId) {
        return inSection("select count(*) from article a" + PUBLISHED, sectionId, "").query(Long.class).single();
    }

    public long countPublishedSince(Instant since, Long sectionId) {
        return inSection("select count(*) from article a" + PUBLISHED + " and a.published_at >= :since", sectionId, "")
                .param("since", SeoulTime.jdbc(since)).query(Long.class).single();
    }

    /** How many published articles (in the section) are newer than the given number. */
    public long countNewerThan(long number, Long sectionId) {
        return inSection("select count(*) from article a" + PUBLISHED + " and a.number > :number", sectionId, "")
                .param("number", number).query(Long.class).single();
    }

    public Optional<ArticleSummary> older(long number, Long sectionId) {
        return inSection(SUMMARY + PUBLISHED + " and a.number < :number", sectionId,
                " order by a.number desc limit 1").param("number", number).query(ArticleRepository::summary).optional();
    }

    public Optional<ArticleSummary> newer(long number, Long sectionId) {
        return inSection(SUMMARY + PUBLISHED + " and a.number > :number", sectionId,
                " order by a.number asc limit 1").param("number", number).query(ArticleRepository::summary).optional();
    }

    public void markPublished(long id, long number, Instant publishedAt) {
        jdbc.sql("""
                update article set status = 'PUBLISHED', number = :number, published_at = :at, updated_at = :at
                 where id = :id
                """).param("id", id).param("number", number).param("at", SeoulTime.jdbc(publishedAt)).update();
    }

    /** Takes the next running number; the row lock serialises concurrent publishers. */
    public long takeNextNumber() {
        jdbc.sql("update article_number set last_number = last_number + 1 where id = 1").update();
        return jdbc.sql("select last_number from article_number where id = 1").query(Long.class).single();
    }

    /** After an import with given numbers: new numbers continue above the highest one. */
    public void raiseLastNumberTo(long number) {
        jdbc.sql("update article_number set last_number = greatest(last_number, :number) where id = 1")
                .param("number", number).update();
    }

    public void importPublished(long id, long number, Instant publishedAt, long views) {
        jdbc.sql("""
                update article set status = 'PUBLISHED', number = :number, published_at = :at, updated_at = :at,
                       created_at = :at, view_count = :views
                 where id = :id
                """).param("id", id).param("number", number).param("at", SeoulTime.jdbc(publishedAt))
                .param("views", views).update();
    }

    /** Adds counted views; increments only, so concurrent flushers on several nodes never lose one. */
    public void addViews(Map<Long, Long> viewsByArticle) {
        List<Object[]> args = viewsByArticle.entrySet().stream()
                .map(e -> new Object[] { e.getValue(), e.getKey() }).toList();
        batch.batchUpdate("update article set view_count = view_count + ? where id = ?", args);
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from (select id from article limit 1) x").query(Long.class).single() == 0;
    }

    private StatementSpec inSection(String head, Long sectionId, String tail) {
        if (sectionId == null) {
            return jdbc.sql(head + tail);
        }
        return jdbc.sql(head + IN_SECTION + tail).param("section", sectionId);
    }

    private static Article article(ResultSet rs, int row) throws SQLException {
        return new Article(rs.getLong("id"), nullableLong(rs, "number"), nullableLong(rs, "section_id"),
                rs.getString("headline"), rs.getString("subheadline"), rs.getString("body_html"),
                nullableLong(rs, "lead_image_id"), rs.getString("lead_image_caption"), rs.getBoolean("has_images"),
                nullableLong(rs, "reporter_id"), rs.getString("display_name"),
                ArticleStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), instant(rs, "published_at"),
                instant(rs, "updated_at"), rs.getLong("view_count"));
    }

    private static ArticleSummary summary(ResultSet rs, int row) throws SQLException {
        return new ArticleSummary(rs.getLong("id"), rs.getLong("number"), nullableLong(rs, "section_id"),
                rs.getString("headline"), rs.getBoolean("has_images"), rs.getString("display_name"),
                rs.getLong("view_count"), instant(rs, "published_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
