package io.sinmun.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index folders under {@code <data>/search}: each rebuild writes a new {@code index-…}
 * folder, and the one-line file {@code CURRENT} names the folder in use. Replacing that file by
 * an atomic rename is the swap: a crash leaves either the old or the new index in use, never a
 * half-built one.
 */
final class IndexFolders {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'index-'yyyyMMdd-HHmmss-SSS");

    private final Path root;

    IndexFolders(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Optional<Path> current() {
        Path pointer = root.resolve("CURRENT");
        try {
            if (!Files.isRegularFile(pointer)) {
                return Optional.empty();
            }
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path dir = root.resolve(name).normalize();
            return name.startsWith("index-") && dir.getParent().equals(root) && Files.isDirectory(dir)
                    ? Optional.of(dir) : Optional.empty();
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }

    Path newFolder() {
        try {
            Files.createDirectories(root);
            String name = LocalDateTime.now().format(NAME);
            for (int n = 1; ; n++) { // two rebuilds in the same millisecond (tests) get two folders
                try {
                    return Files.createDirectory(root.resolve(n == 1 ? name : name + "-" + n));
                }
                catch (java.nio.file.FileAlreadyExistsException taken) {
                    // next suffix
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void makeCurrent(Path dir) {
        try {
            Path tmp = root.resolve("CURRENT.tmp");
            Files.writeString(tmp, dir.getFileName().toString() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Removes index folders other than {@code keep} (left-overs of replaced or interrupted builds). */
    void deleteOthers(Path keep) {
        try (Stream<Path> list = Files.list(root)) {
            list.filter(p -> p.getFileName().toString().startsWith("index-") && !p.equals(keep))
                    .forEach(IndexFolders::delete);
        }
        catch (IOException ex) {
            // best effort: a left-over folder only costs disk space and goes at the next rebuild
        }
    }

    static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        catch (IOException | UncheckedIOException ex) {
            return 0;
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException | UncheckedIOException ex) {
            // best effort, see deleteOthers
        }
    }
}
