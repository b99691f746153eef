package io.sinmun.media.internal;

import java.time.Duration;
import java.util.regex.Pattern;

import io.sinmun.media.ImageType;
import io.sinmun.media.MediaImage;
import io.sinmun.media.MediaImages;
import io.sinmun.system.NotFoundException;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves stored images. The name is the content hash, so a response never changes: cache for a year. */
@Controller
class MediaController {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final MediaImages images;

    MediaController(MediaImages images) {
        this.images = images;
    }

    @GetMapping("/media/{sha256}.{extension}")
    ResponseEntity<Resource> image(@PathVariable String sha256, @PathVariable String extension) {
        if (!SHA256.matcher(sha256).matches() || ImageType.fromExtension(extension).isEmpty()) {
            throw new NotFoundException("이미지를 찾을 수 없습니다.");
        }
        MediaImage image = images.findBySha256(sha256)
                .filter(found -> found.extension().equals(extension))
                .orElseThrow(() -> new NotFoundException("이미지를 찾을 수 없습니다."));
        FileSystemResource file = new FileSystemResource(images.file(image));
        if (!file.exists()) {
            throw new NotFoundException("이미지를 찾을 수 없습니다.");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag('"' + sha256 + '"')
                .body(file);
    }
}
