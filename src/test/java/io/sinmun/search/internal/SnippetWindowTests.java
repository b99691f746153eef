package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Snippets analyse a window around the first occurrence, yet mark words anywhere in a long body. */
class SnippetWindowTests {

    private final KoreanAnalysis analysis = new KoreanAnalysis(List.of("자매도시"));
    private final String filler = "시민들이 공원에서 산책을 즐겼다. ".repeat(60);

    @Test
    void aWordNearTheEndOfALongBodyIsMarked() {
        String snippet = new Snippets(analysis, QueryText.parse("자매도시")).body(filler + "영주시와 자매도시로 교류를 시작했다.");
        assertThat(snippet).contains("<mark>자매도시</mark>로").doesNotContain("<script");
        assertThat(snippet.length()).isLessThan(400);
    }

    @Test
    void withoutAnOccurrenceTheBodyStartIsShown() {
        String snippet = new Snippets(analysis, QueryText.parse("도초도")).body(filler);
        assertThat(snippet).doesNotContain("<mark>").startsWith("시민들이 공원에서").endsWith("…");
    }
}
