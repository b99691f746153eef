package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.Reporters;
import io.sinmun.search.ArticleSearch;
import io.sinmun.search.SearchQuery;
import io.sinmun.search.SearchResults;
import io.sinmun.section.Sections;
import io.sinmun.system.Progress;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Relevance on a fixed Korean corpus: for each query, the articles that must come first (in
 * order where the order matters, as a set where it does not) and those that must not appear.
 * The same cases and expectations for every engine: one subclass per engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RelevanceCases {

    @Autowired ArticleSearch search;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired Sections sections;
    @Autowired Reporters reporters;
    KoreanCorpus corpus;

    @BeforeAll
    void corpus() {
        corpus = new KoreanCorpus(lifecycle, sections, reporters);
        ((RebuildableSearch) search).rebuild(Progress.silent("색인", 11));
    }

    @ParameterizedTest(name = "{0} → first {1}")
    @CsvSource(delimiter = '|', value = {
            // particles and endings: the same hits as the bare noun
            "비대면|reference lifelong escaping|",
            "비대면으로|reference lifelong escaping|",
            "하남시는|cars blossom-new blossom-old youth rice|yeongju",
            // compounds from the user dictionary: the whole and each part
            "국제화추진협의회|reference|",
            "국제화|reference|",
            "협의회|reference|",
            "시청소년수련관|youth|",
            "세계시민학교|youth|",
            // proper nouns
            "자매도시|reference yeongju|",
            "도초도|reference|",
            "샤알람|reference|",
            "김상호|reference lifelong youth reading|yeongju",
            // the headline weighs more than the body
            "고속도로|highway|",
            "보조금|cars|",
            // exact phrases
            "\"자매도시 간\"|reference|yeongju",
            "\"세계시민학교 운영\"|youth|",
            // exclusions
            "비대면 -평생학습|reference escaping|lifelong",
            "자매도시 -\"비대면 소통\"|yeongju|reference",
            // part of a compound no dictionary knows: found by the bigrams
            "산동행|yeongju|",
            // several words: all must match
            "하남시 코로나19 독서|reading|reference",
    })
    void theseArticlesComeFirst(String query, String first, String absent) {
        List<Long> hits = numbers(search.search(SearchQuery.of(query)));
        List<Long> expected = keys(first);
        assertThat(hits).as(query).hasSizeGreaterThanOrEqualTo(expected.size());
        assertThat(hits.subList(0, expected.size())).as(query).containsExactlyInAnyOrderElementsOf(expected);
        if (absent != null) {
            assertThat(hits).as(query).doesNotContainAnyElementsOf(keys(absent));
        }
    }

    @Test
    void analyzerHitsRankAboveBigramHits() {
        // "시장" stands alone in the reference body ("김상호 시장은"); inside "하남시장" (one word of
        // the user dictionary) only the bigram field sees it
        List<Long> hits = numbers(search.search(SearchQuery.of("시장")));
        assertThat(hits.get(0)).isEqualTo(corpus.no("reference"));
        assertThat(hits).contains(corpus.no("lifelong"), corpus.no("youth"));
    }

    @Test
    void theNewerOfTwoEqualArticlesComesFirst() {
        assertThat(numbers(search.search(SearchQuery.of("벚꽃 축제"))))
                .containsExactly(corpus.no("blossom-new"), corpus.no("blossom-old"));
    }

    @Test
    void filtersBySectionReporterAndDates() {
        assertThat(numbers(search.search(query("하남시장", "culture", null, null, null, SearchQuery.Sort.RELEVANCE))))
                .containsExactlyInAnyOrder(corpus.no("lifelong"), corpus.no("youth"), corpus.no("reading"));
        assertThat(numbers(search.search(query("김상호", null, corpus.culture.id(), null, null, SearchQuery.Sort.RELEVANCE))))
                .containsExactlyInAnyOrder(corpus.no("lifelong"), corpus.no("youth"), corpus.no("reading"));
        assertThat(numbers(search.search(query("자매도시", null, null, LocalDate.of(2020, 1, 1), null,
                SearchQuery.Sort.RELEVANCE)))).containsExactly(corpus.no("reference"));
        assertThat(numbers(search.search(query("자매도시", null, null, LocalDate.of(2019, 5, 2),
                LocalDate.of(2019, 5, 2), SearchQuery.Sort.RELEVANCE)))).containsExactly(corpus.no("yeongju"));
    }

    @Test
    void sortsByDateNewestFirst() {
        SearchResults results = search.search(query("하남시", null, null, null, null, SearchQuery.Sort.DATE));
        assertThat(results.hits()).hasSizeGreaterThan(3);
        assertThat(results.hits()).isSortedAccordingTo((a, b) -> b.publishedAt().compareTo(a.publishedAt()));
    }

    @Test
    void snippetsMarkTheMatchedWordsAndEscapeEverythingElse() {
        SearchResults.Hit hit = search.search(SearchQuery.of("비대면 회의")).hits().stream()
                .filter(h -> h.number() == corpus.no("escaping")).findFirst().orElseThrow();
        assertThat(hit.snippetHtml()).contains("<mark>비대면</mark>", "&lt;script&gt;").doesNotContain("<script");
        SearchResults.Hit reference = search.search(SearchQuery.of("비대면으로")).hits().get(0);
        assertThat(reference.headlineHtml()).contains("<mark>비대면</mark>으로");
        assertThat(reference.headlineHtml().replace("<mark>", "").replace("</mark>", ""))
                .doesNotContain("<", ">");
    }

    @Test
    void pagesThroughTheResults() {
        SearchQuery first = new SearchQuery("하남시", null, null, null, null, SearchQuery.Sort.DATE, 1, 2);
        SearchQuery second = new SearchQuery("하남시", null, null, null, null, SearchQuery.Sort.DATE, 2, 2);
        SearchResults one = search.search(first);
        SearchResults two = search.search(second);
        assertThat(one.hits()).hasSize(2);
        assertThat(two.hits()).hasSize(2);
        assertThat(one.total()).isEqualTo(two.total()).isGreaterThan(4);
        assertThat(numbers(one)).doesNotContainAnyElementsOf(numbers(two));
        assertThat(one.hits().get(1).publishedAt()).isAfterOrEqualTo(two.hits().get(0).publishedAt());
    }

    private static SearchQuery query(String text, String section, Long reporter, LocalDate from, LocalDate to,
            SearchQuery.Sort sort) {
        return new SearchQuery(text, section, reporter, from, to, sort, 1, 10);
    }

    private List<Long> keys(String keys) {
        return java.util.Arrays.stream(keys.trim().split(" ")).map(corpus::no).toList();
    }

    static List<Long> numbers(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::number).toList();
    }
}
