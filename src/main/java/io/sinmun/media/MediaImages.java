package io.sinmun.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import io.sinmun.media.internal.MediaImageRepository;
import io.sinmun.media.internal.MediaProperties;
import io.sinmun.system.DataDirectory;
import io.sinmun.system.SeoulTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and finds images. The type is decided by the bytes; width and height are read from the
 * header before any pixel is decoded, so an image that claims a billion pixels is refused cheaply.
 */
@Service
public class MediaImages {

    private final MediaImageRepository repository;
    private final MediaProperties properties;
    private final Path root;
    private final SeoulTime time;

    MediaImages(MediaImageRepository repository, MediaProperties properties, DataDirectory dataDirectory,
            SeoulTime time) {
        this.repository = repository;
        this.properties = properties;
        this.root = dataDirectory.resolve("media");
        this.time = time;
    }

    public Optional<MediaImage> findById(long id) {
        return repository.findById(id);
    }

    public Optional<MediaImage> findBySha256(String sha256) {
        return repository.findBySha256(sha256);
    }

    /** The file that holds an image's bytes. */
    public Path file(MediaImage image) {
        return fileFor(image.sha256(), image.extension());
    }

    /** Stores the bytes once (same bytes, same row) and returns the catalogue entry. */
    @Transactional
    public MediaImage store(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImageRejectedException("빈 파일입니다.");
        }
        if (bytes.length > properties.maxBytes()) {
            throw new ImageRejectedException("이미지는 " + (properties.maxBytes() / (1024 * 1024)) + "MB까지 올릴 수 있습니다.");
        }
        ImageType type = ImageType.sniff(bytes).orElseThrow(() -> new ImageRejectedException(
                "JPEG, PNG, GIF, WebP 이미지만 올릴 수 있습니다. 파일 내용이 이미지가 아닙니다."));
        int[] size = dimensions(bytes);
        if ((long) size[0] * size[1] > properties.maxPixels()) {
            throw new ImageRejectedException("이미지가 너무 큽니다 (" + size[0] + "×" + size[1] + "). 최대 "
                    + (properties.maxPixels() / 1_000_000) + "메가픽셀까지 올릴 수 있습니다.");
        }
        String sha256 = sha256(bytes);
        Optional<MediaImage> existing = repository.findBySha256(sha256);
        if (existing.isPresent()) {
            return existing.get();
        }
        write(fileFor(sha256, type.extension()), bytes);
        return repository.insert(sha256, type.contentType(), size[0], size[1], bytes.length, time.now());
    }

    private Path fileFor(String sha256, String extension) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + "." + extension);
    }

    private static int[] dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageRejectedException("이미지 형식을 읽을 수 없습니다.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] { reader.getWidth(0), reader.getHeight(0) };
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof ImageRejectedException rejected) {
                throw rejected;
            }
            throw new ImageRejectedException("손상되었거나 읽을 수 없는 이미지입니다.");
        }
    }

    private static void write(Path target, byte[] bytes) {
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                return;
            }
            // Write aside, then move: a reader never sees half a file, even after a crash.
            Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new IllegalStateException("Could not write image " + target, ex);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
