package io.sinmun.reader;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader's pages on the demo paper, as a reader sees them. */
@SpringBootTest
@AutoConfigureMockMvc
class ReaderPagesTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36";

    @Autowired MockMvc mvc;

    @Test
    void theFrontPageIsTheReferenceBoardList() throws Exception {
        Document page = html(get("/"));

        assertThat(page.select(".counter").text()).isEqualTo("오늘 0 / 전체 20");
        assertThat(page.select(".board-table thead th").eachText())
                .containsExactly("no.", "제목", "작성자", "조회수", "작성일");
        var rows = page.select(".board-table tbody tr");
        assertThat(rows).hasSize(20);
        Element first = rows.first();
        assertThat(first.select(".col-no").text()).isEqualTo("170");
        assertThat(first.select(".col-title a").text())
                .isEqualTo("하남・광주・양평, 서울~양평 간 고속도로 조기 착수 ‘공동건의문 채택’");
        assertThat(first.select(".col-title a").attr("href")).isEqualTo("/articles/170");
        assertThat(first.select("img.image-marker")).hasSize(1);
        assertThat(first.select(".col-author").text()).isEqualTo("신도시뉴스");
        assertThat(first.select(".col-date").text()).isEqualTo("2021년 2월 4일");
        assertThat(rows.last().select(".col-no").text()).isEqualTo("151");
        assertThat(rows.last().select(".col-date").text()).isEqualTo("2020년 12월 16일");
        assertThat(page.select(".pagination")).isEmpty(); // 20 articles fit on one page
    }

    @Test
    void everyPageCarriesThePublisherFooter() throws Exception {
        for (String path : new String[] { "/", "/articles/160", "/sections/culture", "/articles/999999" }) {
            String footer = Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
                    .select("footer").text();
            assertThat(footer).as(path).contains("신도시뉴스(주)", "640-87-00022", "경기,아52090", "2019년 1월 25일",
                    "2019년 1월 31일", "김상중", "ncitynews@naver.com", "청소년보호책임자", "Copyright ⓒ2019 ncitynews");
        }
    }

    @Test
    void theReferenceArticleReadsInFull() throws Exception {
        Document page = html(get("/articles/160").header("User-Agent", BROWSER));

        assertThat(page.select("h1.headline").text()).isEqualTo("김상호 하남시장 “국내 ‧ 외 교류, 비대면으로 확대할 것”");
        assertThat(page.select(".byline").text()).contains("신도시뉴스", "2021년 1월 8일", "조회수");
        assertThat(page.select(".article-body p")).hasSize(8);
        assertThat(page.select(".article-body").text()).contains("국제화추진협의회 1월 정기회의", "중국 유산시와의 온라인 경제 협력");
        assertThat(page.select(".lead-image img").attr("src")).startsWith("/media/").endsWith(".jpg");
        assertThat(page.select(".lead-image img").attr("srcset")) // the 1200-wide demo photo and its copies
                .matches("/media/[0-9a-f]{64}-320\\.jpg 320w, /media/[0-9a-f]{64}-640\\.jpg 640w, /media/[0-9a-f]{64}\\.jpg 1200w");
        assertThat(page.select("a.back-to-list").text()).isEqualTo("목록으로");
        assertThat(page.select(".article-nav .older").text()).contains("시민감사관제");
        assertThat(page.select(".article-nav .newer").text()).contains("행복마을관리소");
        // the board under it, with this article marked
        Element current = page.select(".board-table tr.current").first();
        assertThat(current).isNotNull();
        assertThat(current.select(".col-title a").text()).contains("비대면으로 확대할 것");
        assertThat(page.select(".counter").text()).isEqualTo("오늘 0 / 전체 20");
    }

    @Test
    void theBackLinkReturnsToTheListPageTheReaderCameFrom() throws Exception {
        assertThat(html(get("/articles/160")).select("a.back-to-list").attr("href")).isEqualTo("/");
        assertThat(html(get("/articles/160?section=administration")).select("a.back-to-list").attr("href"))
                .isEqualTo("/sections/administration");
        // a list link from a section board carries the section, and the article's neighbours stay in it
        Document section = html(get("/sections/administration"));
        assertThat(section.select(".board-table .col-title a").eachAttr("href"))
                .allMatch(href -> href.endsWith("?section=administration"));
        Document inSection = html(get("/articles/160?section=administration"));
        assertThat(inSection.select(".article-nav .older").attr("href")).isEqualTo("/articles/159?section=administration");
        assertThat(inSection.select(".article-nav .newer").attr("href")).isEqualTo("/articles/163?section=administration");
    }

    @Test
    void aSectionListShowsOnlyItsArticles() throws Exception {
        Document page = html(get("/sections/culture"));
        assertThat(page.select(".board-title").text()).isEqualTo("문화·교육");
        assertThat(page.select(".counter").text()).isEqualTo("오늘 0 / 전체 6");
        assertThat(page.select(".board-table tbody .col-no").eachText())
                .containsExactly("168", "164", "158", "156", "152", "151");
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "-1", "0", "1.5", "%27%20or%201=1", "１" })
    void aPageThatIsNotAPageNumberIsA400WithAKoreanMessage(String page) throws Exception {
        mvc.perform(get("/?page=" + page))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("잘못된 요청입니다"), containsString("페이지 번호"),
                        not(containsString("Exception")))));
    }

    @Test
    void aPagePastTheEndShowsTheLastPageAndSaysSo() throws Exception {
        for (String page : new String[] { "2", "99999999999999999999" }) {
            Document doc = html(get("/?page=" + page));
            assertThat(doc.select(".notice").text()).contains("마지막 페이지(1)");
            assertThat(doc.select(".board-table tbody tr")).hasSize(20);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/articles/999999", "/articles/abc", "/articles/-1", "/articles/99999999999999999999999",
            "/sections/nope", "/no-such-page" })
    void unknownThingsAre404PagesInKorean(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("찾을 수 없습니다"), not(containsString("Exception")),
                        not(containsString("at io.sinmun")))));
    }

    @Test
    void anUnpublishableBadContextOnAnArticleFallsBackToItsOwnList() throws Exception {
        Document page = html(get("/articles/160?page=abc&section=../../x"));
        assertThat(page.select("h1.headline").text()).contains("비대면으로 확대할 것");
        assertThat(page.select("a.back-to-list").attr("href")).isEqualTo("/");
    }

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"UP\"")));
    }

    private Document html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(body);
    }
}
