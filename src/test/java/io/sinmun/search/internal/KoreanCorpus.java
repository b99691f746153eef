package io.sinmun.search.internal;

import java.time.LocalDate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.Reporter;
import io.sinmun.article.Reporters;
import io.sinmun.demo.DemoArticles;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.system.SeoulTime;

/**
 * A fixed corpus made from the reference article and the reference titles, each article named
 * by a key. Article "reference" is no. 160 in full; the others pair a reference title with a
 * short body in the same style, chosen to exercise particles, compounds, proper nouns, phrases,
 * exclusions, filters and the recency boost.
 */
final class KoreanCorpus {

    final Map<String, Long> numbers = new LinkedHashMap<>();
    final Reporter desk;
    final Reporter culture;
    final Section administration;
    final Section cultureSection;

    KoreanCorpus(ArticleLifecycle lifecycle, Sections sections, Reporters reporters) {
        administration = sections.create("administration", "시정");
        cultureSection = sections.create("culture", "문화·교육");
        Section society = sections.create("society", "사회");
        Section economy = sections.create("economy", "경제");
        desk = reporters.create("신도시뉴스", null);
        culture = reporters.create("문화부 기자", null);
        String reference = String.join("", DemoArticles.referenceParagraphs().stream().map(p -> "<p>" + p + "</p>")
                .collect(Collectors.toList()));
        long n = 1;
        add(lifecycle, n++, "reference", administration, desk, "2021-01-08",
                "김상호 하남시장 “국내 ‧ 외 교류, 비대면으로 확대할 것”", reference, List.of("하남시", "국제교류"));
        add(lifecycle, n++, "lifelong", cultureSection, culture, "2021-01-20",
                "김상호 하남시장, “포스트 코로나 시대, 비대면 평생학습 환경 조성”",
                "<p>하남시는 평생학습 강좌를 온라인으로 전환해 시민 누구나 집에서 들을 수 있게 했다.</p>", List.of());
        add(lifecycle, n++, "cars", economy, desk, "2021-02-01", "하남시, 올해 친환경 자동차 구매 보조금 지원 확대키로",
                "<p>하남시는 올해 전기자동차 구매 보조금을 지난해보다 늘린다고 밝혔다.</p>", List.of("보조금"));
        add(lifecycle, n++, "highway", administration, desk, "2021-02-04",
                "하남・광주・양평, 서울~양평 간 고속도로 조기 착수 ‘공동건의문 채택’",
                "<p>세 시·군은 고속도로의 조기 착수를 바라는 공동건의문을 채택했다.</p>", List.of());
        add(lifecycle, n++, "youth", cultureSection, culture, "2021-01-19",
                "김상호 하남시장, 하남시청소년수련관, 2021년 세계시민학교 운영 계획 수립",
                "<p>시청소년수련관은 올해 세계시민학교를 열어 청소년의 국제 감각을 키운다.</p>", List.of("청소년"));
        add(lifecycle, n++, "rice", society, desk, "2020-12-16", "하남시 범시민 민관협력위 종교분과 어려운 이웃 위해 쌀 100포 전달",
                "<p>민관협력위 종교분과는 어려운 이웃에게 쌀 100포를 전달했다.</p>", List.of());
        add(lifecycle, n++, "reading", cultureSection, culture, "2020-12-28",
                "김상호 하남시장 “코로나19 상황 언택트 독서 문화생활 환경 강화해 나갈 것”",
                "<p>코로나19 상황에서도 언택트 독서 모임과 온라인 문화 강좌를 이어간다.</p>", List.of());
        add(lifecycle, n++, "yeongju", society, desk, "2019-05-02", "영주시 국제교류센터 문 열어",
                "<p>영주시는 풍산동행정복지센터 옆에 국제교류센터를 열고 자매도시 교류를 시작했다.</p>", List.of());
        add(lifecycle, n++, "blossom-old", cultureSection, culture, "2019-04-01", "하남시 벚꽃 축제 개최",
                "<p>벚꽃 축제가 미사 한강공원에서 열린다.</p>", List.of());
        add(lifecycle, n++, "blossom-new", cultureSection, culture, "2021-01-30", "하남시 벚꽃 축제 개최",
                "<p>벚꽃 축제가 미사 한강공원에서 열린다.</p>", List.of());
        add(lifecycle, n++, "escaping", society, desk, "2021-01-05", "시민감사관제 통해 투명행정",
                "<p>게시판에 &lt;script&gt;alert(1)&lt;/script&gt; 같은 글이 올라와 시민감사관이 비대면 회의를 열었다.</p>",
                List.of());
    }

    private void add(ArticleLifecycle lifecycle, long number, String key, Section section, Reporter reporter,
            String date, String headline, String body, List<String> tags) {
        Instant at = LocalDate.parse(date).atTime(10, 0).atZone(SeoulTime.ZONE).toInstant();
        lifecycle.importPublished(new ArticleDraft(section.id(), headline, null, body, null, null, null, reporter.id(),
                tags), number, at, 0);
        numbers.put(key, number);
    }

    long no(String key) {
        return numbers.get(key);
    }
}
