package io.sinmun.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The reader pages' most-read blocks are loaded while the application starts, so the first page
 * after a restart does not wait for the group-by. A context of its own: no page or test has asked
 * for a block here, so an answer can only come from the start.
 */
@SpringBootTest(properties = "sinmun.test.context=most-read-start")
class MostReadStartTests {

    @Autowired MostRead mostRead;

    @Test
    void theBlocksAreLoadedBeforeAnyPageAsks() {
        await().atMost(Duration.ofSeconds(10)).until(() -> mostRead.hasAnswer(MostRead.Period.DAY, MostRead.READER_PAGE_LIMIT)
                && mostRead.hasAnswer(MostRead.Period.WEEK, MostRead.READER_PAGE_LIMIT));
        assertThat(mostRead.hasAnswer(MostRead.Period.DAY, MostRead.READER_PAGE_LIMIT + 1)).isFalse();
    }
}
