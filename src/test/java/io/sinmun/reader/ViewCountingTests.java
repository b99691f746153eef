package io.sinmun.reader;

import java.nio.file.Path;
import java.util.Map;

import io.sinmun.testing.TestDataDirectory;

import org.junit.jupiter.api.AfterEach;

/** View counting on the embedded H2 database: both starts share one data directory. */
class ViewCountingTests extends ViewCountingContract {

    private final Path dataDir = TestDataDirectory.create();

    @Override
    Map<String, Object> database() {
        return Map.of("sinmun.data-dir", dataDir.toString());
    }

    @AfterEach
    void removeData() {
        TestDataDirectory.delete(dataDir);
    }
}
