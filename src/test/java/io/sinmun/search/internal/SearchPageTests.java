package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The search page and the API on the demo paper, including every kind of bad query. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPageTests {

    @Autowired MockMvc mvc;

    @Test
    void theSearchPageShowsCountHighlightsAndFilters() throws Exception {
        Document page = page("/search?q=비대면으로");
        assertThat(page.select(".counter").text()).isEqualTo("검색 결과 2건");
        assertThat(page.select(".search-results li")).hasSize(2);
        assertThat(page.select(".search-results li h3 a").first().attr("href")).startsWith("/articles/");
        assertThat(page.select(".search-results mark").eachText()).contains("비대면");
        assertThat(page.select(".search-results .hit-meta time").first().text()).matches("20\\d\\d년 \\d{1,2}월 \\d{1,2}일");
        assertThat(page.select("select[name=section] option").eachText()).contains("전체", "시정", "문화·교육");
        assertThat(page.select("input[name=q]#search-q").attr("value")).isEqualTo("비대면으로");
        assertThat(page.select("footer").text()).contains("신도시뉴스(주)");
        // every reader page carries the search box
        assertThat(page("/").select("form.masthead-search input[name=q]")).hasSize(1);
        assertThat(page("/articles/160").select("form.masthead-search[action=/search]")).hasSize(1);
    }

    @Test
    void noResultsAndNoQuestionAreSaidInKorean() throws Exception {
        assertThat(page("/search?q=없는낱말입니다").select(".empty-results").text()).contains("맞는 기사가 없습니다");
        assertThat(page("/search").select(".search-results")).isEmpty();
        assertThat(page("/search?q=하남시&section=culture").select(".search-results li")).isNotEmpty()
                .allSatisfy(li -> assertThat(li.select(".hit-meta").text()).contains("문화·교육"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "(((", "\"", "*", "\\", "\u0000\u0007", ")))))(((((\"\"\\*:~^", "-", "--",
            "-비대면", "\"비대면", "비대면\"", "AND OR NOT", "a:b", "title:(x)", "\ud800", "%", "{{", "<script>alert(1)</script>" })
    void badQueriesGetAFriendlyPageNeverAnError(String q) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/search").param("q", q)).andReturn().getResponse();
        assertThat(response.getStatus()).as(q).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".notice, .empty-results, .search-results").text()).as(q).isNotBlank();
        assertThat(response.getContentAsString()).doesNotContain("<script>alert(1)");

        MockHttpServletResponse api = mvc.perform(get("/api/v1/search").param("q", q)).andReturn().getResponse();
        assertThat(api.getStatus()).as(q).isIn(200, 400);
        if (api.getStatus() == 400) {
            assertThat(api.getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void overLongQueriesAreCutOnThePageAndRefusedByTheApi() throws Exception {
        String q = "비대면 " + "가".repeat(250);
        assertThat(page("/search?q=" + q).select(".notice").text()).contains("앞의 200자만");
        MockHttpServletResponse api = mvc.perform(get("/api/v1/search").param("q", q)).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void badFiltersAreIgnoredOnThePageAndRefusedByTheApi() throws Exception {
        Document page = page("/search?q=하남시&from=어제&page=-3&sort=best&reporter=x");
        assertThat(page.select(".notice").text()).contains("날짜는 2021-02-04처럼");
        assertThat(page.select(".search-results li")).isNotEmpty();
        for (String bad : new String[] { "from=2021-13-01", "to=tomorrow", "page=0", "page=x", "size=500",
                "sort=best", "reporter=-1", "section=%2E%2E", "from=2021-02-05&to=2021-02-01" }) {
            MockHttpServletResponse api = mvc.perform(get("/api/v1/search?q=하남시&" + bad)).andReturn().getResponse();
            assertThat(api.getStatus()).as(bad).isEqualTo(400);
            assertThat(api.getContentType()).as(bad).startsWith("application/problem+json");
            assertThat(api.getContentAsString()).as(bad).contains("\"detail\"");
        }
        assertThat(mvc.perform(get("/api/v1/search")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theApiReturnsHitsWithEscapedHighlights() throws Exception {
        MockHttpServletResponse api = mvc.perform(get("/api/v1/search").param("q", "국제화").param("size", "5"))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentAsString()).contains("\"number\":160", "\"total\":1", "<mark>국제화</mark>",
                "\"url\":\"http://localhost:8080/articles/160\"");
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
