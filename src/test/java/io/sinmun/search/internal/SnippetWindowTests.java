package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Snippets analyse a window around the first occurrence, yet mark words anywhere in a long body. */
class SnippetWindowTests {

    private final KoreanAnalysis analysis = new KoreanAnalysis(List.of("자매도시", "비대면", "국제화추진협의회 국제화 추진 협의회"));
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

    @Test
    void aWordWithAParticleIsMarkedForTheBareNoun() {
        Snippets snippets = new Snippets(analysis, QueryText.parse("비대면으로"));
        assertThat(snippets.headline("비대면 소통으로 이어간 우정")).isEqualTo("<mark>비대면</mark> 소통으로 이어간 우정");
        assertThat(snippets.body("하남시는 비대면으로 만났다.")).isEqualTo("하남시는 <mark>비대면</mark>으로 만났다.");
    }

    @Test
    void aCompoundIsMarkedWholeAndItsPartsAlone() {
        assertThat(new Snippets(analysis, QueryText.parse("국제화추진협의회")).body("하남시 국제화추진협의회와 협의회 회의"))
                .isEqualTo("하남시 <mark>국제화추진협의회</mark>와 <mark>협의회</mark> 회의");
        assertThat(new Snippets(analysis, QueryText.parse("협의회")).body("국제화추진협의회가 열렸다"))
                .isEqualTo("국제화추진<mark>협의회</mark>가 열렸다");
    }

    @Test
    void partsOfACompoundSideBySideAreOneMark() {
        assertThat(new Snippets(analysis, QueryText.parse("협의회 추진")).headline("국제화추진협의회 출범"))
                .isEqualTo("국제화<mark>추진협의회</mark> 출범");
    }

    @Test
    void aLoneSyllableOfTheQueryIsNotMarkedEverywhere() {
        String snippet = new Snippets(analysis, QueryText.parse("하남시")).body("시민들이 하남시 공원에 모였다");
        assertThat(snippet).isEqualTo("시민들이 <mark>하남시</mark> 공원에 모였다");
    }

    @Test
    void theTextAroundTheMarksIsEscaped() {
        String snippet = new Snippets(analysis, QueryText.parse("<b>자매도시")).headline("<script>alert(1)</script> 자매도시 & \"우정\"");
        assertThat(snippet).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>자매도시</mark> &amp; &quot;우정&quot;");
    }

    @Test
    void aMatchLateInTheBodyOpensTheWindowThereCutAtSpaces() {
        String snippet = new Snippets(analysis, QueryText.parse("자매도시")).body(filler + "영주시와 자매도시로 교류를 시작했다. " + filler);
        assertThat(snippet).startsWith("…").endsWith("…").contains("<mark>자매도시</mark>로");
        String plain = snippet.replace("<mark>", "").replace("</mark>", "");
        assertThat(plain.length()).isLessThanOrEqualTo(Snippets.WINDOW + 2);
        assertThat(plain.substring(1, 2)).isNotBlank(); // starts at a word, not inside one
    }
}
