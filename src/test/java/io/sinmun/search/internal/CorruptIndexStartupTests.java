package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import io.sinmun.SinmunApplication;
import io.sinmun.search.ArticleSearch;
import io.sinmun.search.SearchQuery;
import io.sinmun.testing.TestDataDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The start-up check: a damaged or missing index is rebuilt, and search works afterwards. */
class CorruptIndexStartupTests {

    @Test
    void aCorruptIndexIsRebuiltAtStart() throws Exception {
        Path data = TestDataDirectory.create();
        Path first;
        try (ConfigurableApplicationContext app = start(data)) {
            assertThat(found(app)).contains(160L);
            first = current(data);
        }
        // scribble over every file of the index, as a disk error or a half-copied backup would
        try (Stream<Path> files = Files.list(first)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                byte[] junk = new byte[(int) Math.max(64, Files.size(file))];
                java.util.Arrays.fill(junk, (byte) 0x5a);
                Files.write(file, junk);
            }
        }
        try (ConfigurableApplicationContext app = start(data)) {
            assertThat(found(app)).contains(160L);
            assertThat(current(data)).isNotEqualTo(first);
            assertThat(first).doesNotExist();
        }
    }

    /**
     * One flipped byte deep in the largest file: the headers still read, so the index opens and
     * serves at once; the checksums, verified after start-up, find it and the index is rebuilt.
     */
    @Test
    void aFlippedByteInsideTheIndexIsFoundAfterStartAndRebuilt() throws Exception {
        Path data = TestDataDirectory.create();
        Path first;
        try (ConfigurableApplicationContext app = start(data)) {
            assertThat(found(app)).contains(160L); // the index is opened after start-up; a search waits for it
            first = current(data);
        }
        Path largest;
        try (Stream<Path> files = Files.list(first)) {
            largest = files.filter(f -> !f.getFileName().toString().startsWith("segments"))
                    .max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(largest, bytes);
        try (ConfigurableApplicationContext app = start(data)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> !current(data).equals(first));
            assertThat(found(app)).contains(160L);
            await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(first));
        }
    }

    @Test
    void aMissingIndexIsBuiltAtStart() throws Exception {
        Path data = TestDataDirectory.create();
        try (ConfigurableApplicationContext app = start(data)) {
            assertThat(found(app)).contains(160L);
        }
        TestDataDirectory.delete(data.resolve("search"));
        try (ConfigurableApplicationContext app = start(data)) {
            assertThat(found(app)).contains(160L);
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(SinmunApplication.class).web(WebApplicationType.NONE)
                .properties("sinmun.data-dir=" + data, "sinmun.test.context=search-corrupt").run();
    }

    private static List<Long> found(ConfigurableApplicationContext app) {
        return app.getBean(ArticleSearch.class).search(SearchQuery.of("국제화추진협의회")).hits().stream()
                .map(h -> h.number()).toList();
    }

    private static Path current(Path data) throws Exception {
        return data.resolve("search").resolve(Files.readString(data.resolve("search").resolve("CURRENT")).strip());
    }
}
