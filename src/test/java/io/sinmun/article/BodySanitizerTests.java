package io.sinmun.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.sinmun.article.internal.BodySanitizer;
import io.sinmun.article.internal.PlainText;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "sinmun.demo=false")
class BodySanitizerTests {

    private static final String ARTICLE = """
            <p>하남시(시장 김상호)는 지난 7일 국제화추진협의회 1월 정기회의를 개최하고 <strong>국내·외 교류</strong> 활성화 방안을 \
            논의했다.</p>
            <h2>“비대면으로 확대할 것”</h2>
            <p>김 시장은 <em>‘하남형 달라지는 행정제도’</em>를 <a href="https://www.hanam.go.kr/news?id=1&amp;page=2">시청 누리집</a>과 \
            <a href="/sections/administration">시정</a> 면에서 소개했다.</p>
            <blockquote><p>하남・광주・양평 3개 시가 공동건의문을 채택했다.</p></blockquote>
            <h3>주요 안건</h3>
            <ul><li>회장 선출</li><li>2020년 회계 결산 승인</li></ul>
            <ol><li>첫째</li><li>둘째 <b>굵게</b> <i>기울여</i> <u>밑줄</u> <s>취소</s></li></ol>
            <figure class="image"><img src="/media/0f1e2d3c.jpg" alt="회의 모습" width="800" height="450">\
            <figcaption>국제화추진협의회 회의 모습 ‧ 하남시 제공</figcaption></figure>
            <table><thead><tr><th scope="col">구분</th><th scope="col">2021년</th></tr></thead>\
            <tbody><tr><td>예산</td><td rowspan="2">1,000억 원</td></tr><tr><td colspan="2">합계</td></tr></tbody></table>
            <hr>
            <p>문의: <a href="mailto:desk@example.kr">desk@example.kr</a><br>1+1=2, 50% &lt; 100%</p>""";

    private static final List<String> PAYLOADS = XssPayloads.all();

    @Autowired BodySanitizer sanitizer;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired Articles articles;
    @Autowired Sections sections;
    @Autowired Reporters reporters;

    static List<String> payloads() {
        return PAYLOADS;
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadKeepsAnythingDangerousInABody(String payload) {
        SanitizedHtml clean = sanitizer.clean(payload);

        assertThat(XssPayloads.dangers(clean.html())).isEmpty();
        assertThat(XssPayloads.outsideAllowList(clean.html())).isEmpty();
        // every payload holds something the allow-list refuses, so the writer must hear of it
        assertThat(clean.removed()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadKeepsAnyMarkupInAPlainTextField(String payload) {
        String text = PlainText.of(payload).text();

        assertThat(Jsoup.parseBodyFragment(text).body().children()).isEmpty();
        assertThat(XssPayloads.dangers(text)).isEmpty();
        assertThat(text).doesNotContainPattern("<[A-Za-z/!?]").doesNotContainPattern("\\p{Cc}");
    }

    @Test
    void theChecksSeeTheDangerInTheRawPayloads() {
        // a check that sees nothing in the raw corpus would let the payload tests pass for nothing
        long dangerous = PAYLOADS.stream().filter(p -> !XssPayloads.dangers(p).isEmpty()).count();

        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(60);
        assertThat(dangerous).isGreaterThan(PAYLOADS.size() * 4L / 5);
    }

    @Test
    void aNormalKoreanArticleKeepsItsTextAndStructure() {
        SanitizedHtml clean = sanitizer.clean(ARTICLE);
        Document before = Jsoup.parseBodyFragment(ARTICLE);
        Document after = Jsoup.parseBodyFragment(clean.html());

        assertThat(clean.removed()).isEmpty();
        assertThat(after.body().text()).isEqualTo(before.body().text())
                .contains("“비대면으로 확대할 것”", "‘하남형 달라지는 행정제도’", "하남・광주・양평", "국내·외", "‧ 하남시 제공",
                        "1+1=2, 50% < 100%");
        assertThat(after.body().select("*").stream().map(Element::normalName))
                .containsExactlyElementsOf(before.body().select("*").stream().map(Element::normalName).toList());
        assertThat(after.select("a").eachAttr("href")).containsExactly(
                "https://www.hanam.go.kr/news?id=1&page=2", "/sections/administration", "mailto:desk@example.kr");
        assertThat(after.select("a").eachAttr("rel")).containsOnly("noopener noreferrer nofollow").hasSize(3);
        assertThat(after.selectFirst("figure.image > img[src=/media/0f1e2d3c.jpg][alt=회의 모습][width=800][height=450]"))
                .isNotNull();
        assertThat(after.select("th[scope=col]")).hasSize(2);
        assertThat(after.select("td[rowspan=2], td[colspan=2]")).hasSize(2);
        assertThat(sanitizer.hasImages(clean.html())).isTrue();
    }

    @Test
    void theReportNamesEachRemovalOnceInKorean() {
        SanitizedHtml clean = sanitizer.clean("<p onclick=\"steal()\" style=\"color:red\">안녕</p><script>alert(1)</script>"
                + "<a href=\"java&#x09;script:alert(1)\">링크</a><p onclick=\"again()\">또</p><!-- 메모 -->"
                + "<img src=\"https://tracker.example/a.gif\" onerror=\"alert(1)\">");

        assertThat(clean.html()).isEqualTo("<p>안녕</p>링크<p>또</p>");
        assertThat(clean.removed()).containsExactly("onclick 속성", "style 속성", "<script> 요소", "javascript: 링크",
                "외부 이미지 (/media/ 밖의 주소)", "onerror 속성", "HTML 주석");
    }

    @Test
    void scriptAndStyleTextDoesNotLeakIntoTheBody() {
        SanitizedHtml clean = sanitizer.clean("<p>본문<script>var secret = 1;</script><style>p { color: red }</style></p>"
                + "<SCRIPT>alert(2)</SCRIPT>");

        assertThat(clean.html()).isEqualTo("<p>본문</p>");
        assertThat(clean.removed()).containsExactly("<script> 요소", "<style> 요소");
    }

    @Test
    void linksGetRelAndLoseTargetAndOtherSitesRelativeAddresses() {
        Document out = Jsoup.parseBodyFragment(sanitizer.sanitize("<a href=\"https://example.com\" target=\"_blank\" "
                + "rel=\"opener\">밖</a><a href=\"/articles/160\">안</a><a href=\"//evil.example\">몰래</a>"
                + "<a href=\"/\\evil.example\">역슬래시</a><a href=\"articles/1\">상대</a>"));

        assertThat(out.select("a").eachAttr("href")).containsExactly("https://example.com", "/articles/160");
        assertThat(out.select("a").eachAttr("rel")).containsExactly("noopener noreferrer nofollow",
                "noopener noreferrer nofollow");
        assertThat(out.select("a[target]")).isEmpty();
        assertThat(out.body().text()).isEqualTo("밖안몰래역슬래시상대");
    }

    @Test
    void onlyImagesWeServeFromMediaAreKept() {
        String body = "<figure class=\"image\"><img src=\"/media/abc.webp\" srcset=\"/media/big.webp 2x\"></figure>"
                + "<img src=\"https://example.com/a.jpg\"><img src=\"/media/../logout\"><img src=\"data:image/png;base64,AA\">"
                + "<img alt=\"주소 없음\">";
        SanitizedHtml clean = sanitizer.clean(body);

        assertThat(Jsoup.parseBodyFragment(clean.html()).select("img").eachAttr("src")).containsExactly("/media/abc.webp");
        assertThat(clean.removed()).containsExactly("srcset 속성", "외부 이미지 (/media/ 밖의 주소)",
                "허용되지 않는 이미지 주소", "data: 이미지 주소", "<img> 요소");
        assertThat(sanitizer.hasImages(clean.html())).isTrue();
        assertThat(sanitizer.hasImages(sanitizer.sanitize("<p><img src=\"https://example.com/a.jpg\"></p>"))).isFalse();
    }

    @Test
    void tableAndFigureAttributesKeepOnlySafeValues() {
        Document out = Jsoup.parseBodyFragment(sanitizer.sanitize("<figure class=\"image wide\"><figcaption>사진</figcaption>"
                + "</figure><table><tbody><tr><th scope=\"x\" colspan=\"2\">머리</th><td colspan=\"2;x\" rowspan=\"3\">칸</td>"
                + "</tr></tbody></table>"));

        assertThat(out.select("figure").attr("class")).isEmpty();
        assertThat(out.select("th").first().attributes().size()).isZero();
        assertThat(out.select("td").first().attributes().asList()).extracting(a -> a.getKey() + "=" + a.getValue())
                .containsExactly("rowspan=3");
    }

    @Test
    void plainTextKeepsKoreanAndTypographicCharacters() {
        for (String headline : List.of("김상호 하남시장 “국내 ‧ 외 교류, 비대면으로 확대할 것”",
                "하남・광주・양평, 서울~양평 간 고속도로 조기 착수 ‘공동건의문 채택’", "하남시, 곳곳에 숨겨진 기록까지... 역사 정체성 찾는다",
                "문화·교육 — Cinema Music Paradise", "Copyright ⓒ 신도시뉴스", "3 < 5, R&D 예산", "영화 <기생충> 상영")) {
            assertThat(PlainText.of(headline)).isEqualTo(new PlainText(headline, false));
        }
    }

    @Test
    void plainTextRemovesMarkupAndControlsAndSaysSo() {
        assertThat(PlainText.of("<b>속보</b> 시장\u0000 발표\n\t내용<script>alert(1)</script>"))
                .isEqualTo(new PlainText("속보 시장 발표 내용", true));
        assertThat(PlainText.of("&lt;img src=x onerror=alert(1)&gt;제목")).isEqualTo(new PlainText("제목", true));
        assertThat(PlainText.of("\u202E역순\u202C 제목")).isEqualTo(new PlainText("역순 제목", true));
        assertThat(PlainText.of("  공백만   정리\u00A0 ")).isEqualTo(new PlainText("공백만 정리", false));
        assertThat(PlainText.of(null)).isEqualTo(new PlainText("", false));
    }

    @Test
    void aStoredDraftIsCleanInEveryField() {
        long id = lifecycle.createDraft(new ArticleDraft(section().id(),
                "<b>하남시</b>, “비대면” 회의<script>alert(1)</script>", "<i></i> ",
                "<p onclick=\"alert(1)\">본문 ‘인용’</p><img src=x onerror=alert(1)>", null,
                "사진\u0000 설명<br>둘째 줄", "<b>출처</b>", reporter().id(), java.util.List.of("<i>태그</i>")), "테스트");
        Article article = articles.findById(id).orElseThrow();

        assertThat(article.headline()).isEqualTo("하남시, “비대면” 회의");
        assertThat(article.subheadline()).isNull();
        assertThat(article.bodyHtml()).isEqualTo("<p>본문 ‘인용’</p>");
        assertThat(article.leadImageCaption()).isEqualTo("사진 설명 둘째 줄");
        assertThat(article.leadImageCredit()).isEqualTo("출처");
        assertThat(article.tags()).containsExactly("태그");
        assertThat(article.hasImages()).isFalse();
    }

    @Test
    void everyPayloadIsStoredCleanInBodyHeadlineSubheadlineAndCaption() {
        long section = section().id();
        long reporter = reporter().id();
        SoftAssertions softly = new SoftAssertions();
        for (String payload : PAYLOADS) {
            String credit = payload.length() <= 200 ? payload : payload.substring(0, 200); // the credit's limit
            long id = lifecycle.createDraft(new ArticleDraft(section, "속보 " + payload, payload, payload, null, payload,
                    credit, reporter, java.util.List.of()), "테스트");
            Article stored = articles.findById(id).orElseThrow();
            softly.assertThat(XssPayloads.dangers(stored.bodyHtml())).as("body of %s", payload).isEmpty();
            softly.assertThat(XssPayloads.outsideAllowList(stored.bodyHtml())).as("body of %s", payload).isEmpty();
            for (String field : new String[] { stored.headline(), stored.subheadline(), stored.leadImageCaption(),
                    stored.leadImageCredit() }) {
                String text = field == null ? "" : field;
                softly.assertThat(Jsoup.parseBodyFragment(text).body().children()).as("field of %s", payload).isEmpty();
                softly.assertThat(XssPayloads.dangers(text)).as("field of %s", payload).isEmpty();
            }
        }
        softly.assertAll();
    }

    private Section section() {
        return sections.create("x" + ThreadLocalRandom.current().nextInt(1_000_000_000), "보안 시험");
    }

    private Reporter reporter() {
        return reporters.create("보안 기자", "security@example.kr");
    }
}
