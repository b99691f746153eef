package io.sinmun.article.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleRevision;
import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RevisionRepository {

    private static final String COLUMNS = """
            id, article_id, revision_no, section_id, headline, subheadline, body_html, lead_image_id,
            lead_image_caption, lead_image_credit, reporter_id, tags, author, autosave, created_at
            """;

    private final JdbcClient jdbc;

    RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long articleId, ArticleDraft draft, String author, boolean autosave, Instant at) {
        // the article row is locked by the caller's update, so max()+1 cannot race for the same article
        int next = jdbc.sql("select coalesce(max(revision_no), 0) + 1 from article_revision where article_id = :id")
                .param("id", articleId).query(Integer.class).single();
        jdbc.sql("""
                insert into article_revision (article_id, revision_no, section_id, headline, subheadline, body_html,
                       lead_image_id, lead_image_caption, lead_image_credit, reporter_id, tags, author, autosave,
                       created_at)
                values (:article, :no, :section, :headline, :subheadline, :body, :image, :caption, :credit,
                        :reporter, :tags, :author, :autosave, :at)
                """).param("article", articleId).param("no", next).param("section", draft.sectionId())
                .param("headline", draft.headline()).param("subheadline", draft.subheadline())
                .param("body", draft.bodyHtml()).param("image", draft.leadImageId())
                .param("caption", draft.leadImageCaption()).param("credit", draft.leadImageCredit())
                .param("reporter", draft.reporterId()).param("tags", String.join(",", draft.tags()))
                .param("author", author).param("autosave", autosave).param("at", SeoulTime.jdbc(at)).update();
    }

    public Optional<ArticleRevision> latest(long articleId) {
        return jdbc.sql("select " + COLUMNS + " from article_revision where article_id = :id order by revision_no desc limit 1")
                .param("id", articleId).query(RevisionRepository::map).optional();
    }

    /** Newest first. */
    public List<ArticleRevision> all(long articleId) {
        return jdbc.sql("select " + COLUMNS + " from article_revision where article_id = :id order by revision_no desc")
                .param("id", articleId).query(RevisionRepository::map).list();
    }

    public Optional<ArticleRevision> find(long articleId, int revisionNo) {
        return jdbc.sql("select " + COLUMNS + " from article_revision where article_id = :id and revision_no = :no")
                .param("id", articleId).param("no", revisionNo).query(RevisionRepository::map).optional();
    }

    public void delete(long revisionId) {
        jdbc.sql("delete from article_revision where id = :id").param("id", revisionId).update();
    }

    private static ArticleRevision map(ResultSet rs, int row) throws SQLException {
        String tags = rs.getString("tags");
        return new ArticleRevision(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("revision_no"),
                ArticleRepository.nullableLong(rs, "section_id"), rs.getString("headline"),
                rs.getString("subheadline"), rs.getString("body_html"),
                ArticleRepository.nullableLong(rs, "lead_image_id"), rs.getString("lead_image_caption"),
                rs.getString("lead_image_credit"), ArticleRepository.nullableLong(rs, "reporter_id"),
                tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")), rs.getString("author"),
                rs.getBoolean("autosave"), ArticleRepository.instant(rs, "created_at"));
    }
}
