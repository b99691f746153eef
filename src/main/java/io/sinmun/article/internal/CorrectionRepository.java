package io.sinmun.article.internal;

import java.time.Instant;
import java.util.List;

import io.sinmun.article.ArticleCorrection;
import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CorrectionRepository {

    private final JdbcClient jdbc;

    CorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long articleId, String note, String author, Instant at) {
        jdbc.sql("""
                insert into article_correction (article_id, note, author, created_at) values (:id, :note, :author, :at)
                """).param("id", articleId).param("note", note).param("author", author)
                .param("at", SeoulTime.jdbc(at)).update();
    }

    /** Oldest first, as printed under the article. */
    public List<ArticleCorrection> of(long articleId) {
        return jdbc.sql("""
                select id, article_id, note, author, created_at from article_correction
                 where article_id = :id order by created_at, id
                """).param("id", articleId)
                .query((rs, n) -> new ArticleCorrection(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        ArticleRepository.instant(rs, "created_at"))).list();
    }
}
