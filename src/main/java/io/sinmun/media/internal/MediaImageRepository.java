package io.sinmun.media.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.sinmun.media.MediaImage;
import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class MediaImageRepository {

    private static final String COLUMNS = "id, sha256, content_type, width, height, byte_size, created_at";

    private final JdbcClient jdbc;

    MediaImageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MediaImage> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from media_image where id = :id")
                .param("id", id).query(MediaImageRepository::map).optional();
    }

    public Optional<MediaImage> findBySha256(String sha256) {
        return jdbc.sql("select " + COLUMNS + " from media_image where sha256 = :sha")
                .param("sha", sha256).query(MediaImageRepository::map).optional();
    }

    public MediaImage insert(String sha256, String contentType, int width, int height, long byteSize, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into media_image (sha256, content_type, width, height, byte_size, created_at)
                values (:sha, :type, :width, :height, :size, :at)
                """).param("sha", sha256).param("type", contentType).param("width", width).param("height", height)
                .param("size", byteSize).param("at", SeoulTime.jdbc(at)).update(keys, "id");
        return new MediaImage(keys.getKey().longValue(), sha256, contentType, width, height, byteSize, at);
    }

    private static MediaImage map(ResultSet rs, int row) throws SQLException {
        return new MediaImage(rs.getLong("id"), rs.getString("sha256"), rs.getString("content_type"),
                rs.getInt("width"), rs.getInt("height"), rs.getLong("byte_size"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
