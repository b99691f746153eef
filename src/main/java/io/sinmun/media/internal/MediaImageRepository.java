package io.sinmun.media.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.sinmun.media.ImageType;
import io.sinmun.media.MediaImage;
import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MediaImageRepository {

    /** A row to add: {@code sha256} of the stored bytes, {@code sourceSha256} of the upload. */
    public record NewImage(String sha256, String sourceSha256, ImageType type, int width, int height,
            long byteSize, List<Integer> variantWidths, Instant createdAt) {
    }

    private static final String COLUMNS = "id, sha256, content_type, width, height, byte_size, created_at, "
            + "variant_widths";

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

    public Optional<MediaImage> findBySourceSha256(String sourceSha256) {
        return jdbc.sql("select " + COLUMNS + " from media_image where source_sha256 = :sha order by id")
                .param("sha", sourceSha256).query(MediaImageRepository::map).list().stream().findFirst();
    }

    /** Adds the row unless one with the same sha256 exists (another upload of the same picture won). */
    public void insertIfAbsent(NewImage image) {
        jdbc.sql("""
                insert into media_image (sha256, source_sha256, content_type, width, height, byte_size,
                                         variant_widths, created_at)
                values (:sha, :source, :type, :width, :height, :size, :variants, :at)
                on conflict do nothing
                """).param("sha", image.sha256()).param("source", image.sourceSha256())
                .param("type", image.type().contentType()).param("width", image.width())
                .param("height", image.height()).param("size", image.byteSize())
                .param("variants", join(image.variantWidths())).param("at", SeoulTime.jdbc(image.createdAt()))
                .update();
    }

    /** Records copies made later for a row stored without them. */
    public void updateVariantWidths(long id, List<Integer> widths) {
        jdbc.sql("update media_image set variant_widths = :variants where id = :id")
                .param("variants", join(widths)).param("id", id).update();
    }

    private static String join(List<Integer> widths) {
        return widths.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static MediaImage map(ResultSet rs, int row) throws SQLException {
        String widths = rs.getString("variant_widths");
        return MediaImage.withVariants(rs.getLong("id"), rs.getString("sha256"), rs.getString("content_type"),
                rs.getInt("width"), rs.getInt("height"), rs.getLong("byte_size"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                widths.isEmpty() ? List.of() : Arrays.stream(widths.split(",")).map(Integer::valueOf).toList());
    }
}
