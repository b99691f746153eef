package io.sinmun.reader.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.stream.IntStream;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.section.Sections;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines and link previews read in a page's head. Its own database: it publishes
 * 21 articles on top of the demo paper (41 in all, so the front page has three pages).
 */
@SpringBootTest(properties = { "sinmun.public-url=https://news.example.kr", "sinmun.test.context=metadata" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetadataTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BREAKOUT = "</script><script>alert(1)</script>";

    @Autowired MockMvc mvc;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired Sections sections;

    private Article hostile;

    @BeforeAll
    void publishMoreThanTwoPages() {
        long culture = sections.findBySlug("culture").orElseThrow().id();
        // headlines and subheadlines are plain text (PlainText strips tags), but "<", ">" and "&" stay;
        // the body's text can say anything, escaped, and the description is taken from it
        long id = lifecycle.createDraft(new ArticleDraft(culture, "부등호 시험: 1 < 2 > 0 & \"인용\" " + BREAKOUT, null,
                "<p>본문에 코드가 있다: &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; 끝.</p>", null, null, null,
                null, List.of()), "테스트");
        hostile = lifecycle.publish(id, false, false);
        IntStream.range(0, 20).forEach(i -> lifecycle.publish(lifecycle.createDraft(new ArticleDraft(null,
                "채우는 기사 " + i, null, "<p>내용</p>", null, null, null, null, List.of()), "테스트"), false, false));
    }

    @Test
    void anArticleNamesItsCanonicalAddressFromThePublicUrlNotTheRequest() throws Exception {
        Document page = html("/articles/160?section=administration&page=1", "evil.example.com");

        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.kr/articles/160");
        assertThat(meta(page, "og:url")).isEqualTo("https://news.example.kr/articles/160");
        assertThat(page.outerHtml()).doesNotContain("evil.example.com");
    }

    @Test
    void anArticleCarriesOpenGraphAndTwitterCardValues() throws Exception {
        Document page = html("/articles/160", null);

        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo("김상호 하남시장 “국내 ‧ 외 교류, 비대면으로 확대할 것”");
        assertThat(meta(page, "og:site_name")).isEqualTo("신도시뉴스");
        assertThat(meta(page, "og:locale")).isEqualTo("ko_KR");
        // no subheadline: the start of the body text, cut near 150 characters
        String description = meta(page, "og:description");
        assertThat(description).startsWith("하남시(시장 김상호)는 지난 7일 국제화추진협의회 1월 정기회의를 개최하고").endsWith("…");
        assertThat(description.length()).isBetween(100, 150);
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(description);
        assertThat(meta(page, "og:image")).matches("https://news\\.example\\.kr/media/[0-9a-f]{64}\\.jpg");
        assertThat(meta(page, "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "og:image:height")).isEqualTo("675");
        assertThat(meta(page, "article:published_time")).isEqualTo("2021-01-08T10:00:00+09:00");
        assertThat(meta(page, "article:modified_time")).isEqualTo("2021-01-08T10:00:00+09:00");
        assertThat(meta(page, "article:section")).isEqualTo("시정");
        assertThat(name(page, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(name(page, "twitter:title")).isEqualTo(meta(page, "og:title"));
        assertThat(name(page, "twitter:image")).isEqualTo(meta(page, "og:image"));
    }

    @Test
    void anArticleDescribesItselfAsANewsArticleInJsonLd() throws Exception {
        Document page = html("/articles/160", null);
        JsonNode ld = jsonLd(page);

        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asString()).isEqualTo("김상호 하남시장 “국내 ‧ 외 교류, 비대면으로 확대할 것”");
        assertThat(ld.get("image")).hasSize(1);
        assertThat(ld.get("image").get(0).asString()).isEqualTo(meta(page, "og:image"));
        assertThat(ld.get("datePublished").asString()).isEqualTo("2021-01-08T10:00:00+09:00");
        assertThat(ld.get("dateModified").asString()).endsWith("+09:00");
        // the demo's byline is the paper itself, so an organisation, not a person
        assertThat(ld.get("author").get(0).get("@type").asString()).isEqualTo("Organization");
        assertThat(ld.get("author").get(0).get("name").asString()).isEqualTo("신도시뉴스");
        assertThat(ld.get("publisher").get("@type").asString()).isEqualTo("NewsMediaOrganization");
        assertThat(ld.get("publisher").get("name").asString()).isEqualTo("신도시뉴스");
        assertThat(ld.get("publisher").get("logo").get("url").asString())
                .isEqualTo("https://news.example.kr/icons/icon-512.png");
        assertThat(ld.get("mainEntityOfPage").get("@id").asString()).isEqualTo("https://news.example.kr/articles/160");
    }

    @Test
    void nothingAnArticleSaysCanLeaveTheJsonLdBlock() throws Exception {
        Document page = html("/articles/" + hostile.number(), null);

        assertThat(hostile.headline()).contains("<", ">", "&");
        Element block = page.select("script[type=application/ld+json]").first();
        assertThat(block).isNotNull();
        assertThat(block.html()).doesNotContain("<", ">", "&").contains("\\u003C");
        assertThat(page.select("script").eachAttr("src")).satisfiesExactly(src -> assertThat(src).matches("/js/site-[0-9a-f]{32}\\.js"));
        assertThat(page.select("script:not([src])")).hasSize(1);
        JsonNode ld = JSON.readTree(block.html());
        assertThat(ld.get("headline").asString()).isEqualTo(hostile.headline());
        assertThat(ld.get("description").asString()).contains(BREAKOUT);
    }

    @Test
    void aHeadlineIsEscapedEvenIfItStillHeldAClosingScriptTag() {
        // the page test above goes through PlainText, which strips tags: this checks the JSON-LD on its own
        String json = new ArticleJsonLd(BREAKOUT + " & ->", null, null, null, null, null, null, null, null, null,
                null).toHtmlSafeJson();

        assertThat(json).doesNotContain("<", ">", "&").contains("\\u003C/script\\u003E");
        assertThat(JSON.readTree(json).get("headline").asString()).isEqualTo(BREAKOUT + " & ->");
    }

    @Test
    void aLongHeadlineIsCutFor110CharactersInJsonLd() {
        String cut = PageMetadataBuilder.abbreviate("가".repeat(200), ArticleJsonLd.MAX_HEADLINE);

        assertThat(cut).hasSize(ArticleJsonLd.MAX_HEADLINE).endsWith("…");
    }

    @Test
    void theFirstListPageIsCanonicalWithoutAPageNumberAndPointsToTheNext() throws Exception {
        Document page = html("/?page=1", null);

        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.kr/");
        assertThat(page.select("head link[rel=prev]")).isEmpty();
        assertThat(page.select("head link[rel=next]").attr("href")).isEqualTo("https://news.example.kr/?page=2");
        assertThat(meta(page, "og:type")).isEqualTo("website");
        assertThat(meta(page, "og:url")).isEqualTo("https://news.example.kr/");
        assertThat(meta(page, "og:title")).isEqualTo("신도시뉴스");
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("신도시뉴스 전체기사: 채우는 기사 19");
        assertThat(page.select("script[type=application/ld+json]")).isEmpty();
    }

    @Test
    void aMiddleListPageLinksBothNeighboursAndTheLastOnlyBack() throws Exception {
        Document second = html("/?page=2", null);
        assertThat(second.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.kr/?page=2");
        assertThat(second.select("head link[rel=prev]").attr("href")).isEqualTo("https://news.example.kr/");
        assertThat(second.select("head link[rel=next]").attr("href")).isEqualTo("https://news.example.kr/?page=3");

        // a page past the end shows the last one (3): that is the canonical page
        Document last = html("/?page=9", null);
        assertThat(last.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.kr/?page=3");
        assertThat(last.select("head link[rel=prev]").attr("href")).isEqualTo("https://news.example.kr/?page=2");
        assertThat(last.select("head link[rel=next]")).isEmpty();
    }

    @Test
    void aSectionListIsCanonicalUnderItsOwnAddress() throws Exception {
        Document page = html("/sections/culture", null);

        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://news.example.kr/sections/culture");
        assertThat(meta(page, "og:title")).isEqualTo("문화·교육 - 신도시뉴스");
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("신도시뉴스 문화·교육: ");
        assertThat(page.select("head link[rel=next], head link[rel=prev]")).isEmpty(); // 7 articles, one page
    }

    private Document html(String path, String host) throws Exception {
        var request = get(path);
        if (host != null) {
            request = request.header("Host", host);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static String meta(Document page, String property) {
        Element meta = page.select("head meta[property=" + property + "]").first();
        assertThat(meta).as(property).isNotNull();
        return meta.attr("content");
    }

    private static String name(Document page, String name) {
        Element meta = page.select("head meta[name=" + name + "]").first();
        assertThat(meta).as(name).isNotNull();
        return meta.attr("content");
    }

    private static JsonNode jsonLd(Document page) {
        Element block = page.select("head script[type=application/ld+json]").first();
        assertThat(block).isNotNull();
        return JSON.readTree(block.html());
    }
}
