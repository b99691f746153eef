package io.sinmun.media.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.sinmun.media.ImageType;
import io.sinmun.system.DataDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where image files live: {@code data-dir/media/ab/<sha256>.<ext>} for the original and
 * {@code <sha256>-<width>.<ext>} beside it for each resized copy. Files are written once, whole.
 * {@code sinmun.media.dir} moves the folder: several nodes share one (NFS or the like), as
 * content-addressed names and atomic moves make concurrent writers of the same image harmless.
 */
@Component
public class MediaFiles {

    private final Path root;

    MediaFiles(DataDirectory dataDirectory, @Value("${sinmun.media.dir:}") String dir) {
        this.root = dir.isBlank() ? dataDirectory.resolve("media") : Path.of(dir).toAbsolutePath().normalize();
    }

    public Path original(String sha256, ImageType type) {
        return folder(sha256).resolve(sha256 + "." + type.extension());
    }

    public Path variant(String sha256, int width, ImageType variantType) {
        return folder(sha256).resolve(sha256 + "-" + width + "." + variantType.extension());
    }

    public boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    /** Writes the file unless it exists (same name, same bytes: content addressing). */
    public void write(Path target, byte[] bytes) {
        if (exists(target)) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            // write aside, then move: a reader never sees half a file, even after a crash
            temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write image " + target, ex);
        }
        finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        }
        catch (IOException ex) {
            // a stray ".upload*.tmp" is harmless and never served: names served are hashes
        }
    }

    private Path folder(String sha256) {
        return root.resolve(sha256.substring(0, 2));
    }
}
