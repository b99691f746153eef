package io.sinmun.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusMessageTests {

    @Test
    void anArticleMessageCarriesIdsAndTagsAndReadsBackTheSame() {
        BusMessage message = BusMessage.article("node1", 42, 170, List.of("article:170", "list:all", "list:3"));

        BusMessage read = BusMessage.decode(message.encode());

        assertThat(read).isEqualTo(message);
        assertThat(message.encode()).isEqualTo("1|node1|A|42|170|article:170,list:3,list:all");
    }

    @Test
    void aMessageTooLongForPostgresBecomesDropEverythingButKeepsTheArticle() {
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            tags.add("article:" + (100_000 + i));
        }
        String encoded = BusMessage.article("node1", 42, 170, tags).encode();

        assertThat(encoded.getBytes(StandardCharsets.UTF_8).length).isLessThan(8_000);
        BusMessage read = BusMessage.decode(encoded);
        assertThat(read.kind()).isEqualTo(BusMessage.Kind.ALL);
        assertThat(read.articleId()).isEqualTo(42);
        assertThat(read.tags()).isEmpty();
    }

    @Test
    void whatThisVersionDoesNotUnderstandIsNull() {
        assertThat(BusMessage.decode("2|node1|A|1|1|x")).isNull();
        assertThat(BusMessage.decode("1|node1|Q|1|1|")).isNull();
        assertThat(BusMessage.decode("1|node1|A|x|1|")).isNull();
        assertThat(BusMessage.decode("hello")).isNull();
        assertThat(BusMessage.decode("1|n|S|0|0|").kind()).isEqualTo(BusMessage.Kind.SECTIONS);
    }
}
