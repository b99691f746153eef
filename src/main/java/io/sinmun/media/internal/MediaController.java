package io.sinmun.media.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sinmun.media.ImageType;
import io.sinmun.media.MediaImage;
import io.sinmun.media.MediaImages;
import io.sinmun.system.NotFoundException;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves stored images and their resized copies ({@code /media/<sha256>.<ext>},
 * {@code /media/<sha256>-<width>.<ext>}). The name is the content hash, so a response never
 * changes: cache for a year. nosniff and inline keep browsers from treating the bytes as anything
 * but the declared image.
 */
@Controller
class MediaController {

    private static final Pattern NAME = Pattern.compile("([0-9a-f]{64})(?:-([1-9][0-9]{0,4}))?\\.([a-z]{3,4})");

    private final MediaImages images;

    MediaController(MediaImages images) {
        this.images = images;
    }

    @GetMapping("/media/{name}")
    ResponseEntity<Resource> image(@PathVariable String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw notFound();
        }
        MediaImage image = images.findBySha256(m.group(1)).orElseThrow(MediaController::notFound);
        ImageType type = m.group(2) == null ? image.type() : image.type().variantType();
        Optional<Path> path = m.group(2) == null ? Optional.of(images.file(image))
                : images.file(image, Integer.parseInt(m.group(2)));
        if (!type.extension().equals(m.group(3)) || path.isEmpty()) {
            throw notFound();
        }
        FileSystemResource file = new FileSystemResource(path.get());
        if (!file.exists()) {
            throw notFound();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag('"' + name.substring(0, name.lastIndexOf('.')) + '"')
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
                .body(file);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("이미지를 찾을 수 없습니다.");
    }
}
