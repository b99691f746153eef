package io.sinmun.system;

import java.nio.file.Path;

/** The folder that holds everything Sinmun writes on this node: H2 files, images, the search index. */
public record DataDirectory(Path path) {

    public Path resolve(String child) {
        return path.resolve(child);
    }
}
