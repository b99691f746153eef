package io.sinmun.media;

import java.time.Instant;

/** A stored image. {@code sha256} names the file; the bytes never change for a given id. */
public record MediaImage(long id, String sha256, String contentType, int width, int height, long byteSize,
        Instant createdAt) {

    public String extension() {
        return ImageType.fromContentType(contentType).extension();
    }

    /** Path under which the site serves it; immutable, so it can be cached for a year. */
    public String url() {
        return "/media/" + sha256 + "." + extension();
    }
}
