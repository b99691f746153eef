package io.sinmun.system.internal;

import java.nio.file.Path;

class DataDirectoryNotWritableException extends RuntimeException {

    private final Path directory;

    DataDirectoryNotWritableException(Path directory, Exception cause) {
        super("Data directory " + directory + " is not writable: " + cause.getMessage(), cause);
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }
}
