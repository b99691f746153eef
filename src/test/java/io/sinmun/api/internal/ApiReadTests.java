package io.sinmun.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The read API on the demo paper: what an app developer relies on, and every bad parameter. */
@SpringBootTest(properties = { "sinmun.public-url=https://news.example.kr",
        "sinmun.api.cors-origins=https://app.example.kr" })
@AutoConfigureMockMvc
class ApiReadTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;

    @Test
    void theListIsNewestFirstWithTheContractsFieldNames() throws Exception {
        JsonNode page = json(get("/api/v1/articles"), 200);
        assertThat(page.get("total").asLong()).isEqualTo(20);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("items")).hasSize(20);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("no").asLong()).isEqualTo(170);
        assertThat(first.get("url").asText()).isEqualTo("https://news.example.kr/articles/170");
        assertThat(first.get("publishedAt").asText()).isEqualTo("2021-02-04T10:00:00+09:00");
        assertThat(first.get("section").asText()).isEqualTo("administration");
        assertThat(first.get("reporter").asText()).isEqualTo("신도시뉴스");
        assertThat(first.get("views").asLong()).isEqualTo(8534);
        JsonNode second = json(get("/api/v1/articles?size=5&page=2"), 200);
        assertThat(numbers(second)).containsExactly(165L, 164L, 163L, 162L, 161L);
        assertThat(json(get("/api/v1/articles?page=9"), 200).get("items")).isEmpty();
        assertThat(numbers(json(get("/api/v1/articles?section=culture"), 200)))
                .containsExactly(168L, 164L, 158L, 156L, 152L, 151L);
    }

    @Test
    void aCursorWalksThroughEveryArticleOnceForEndlessScrolling() throws Exception {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int requests = 0;
        do {
            JsonNode page = json(get("/api/v1/articles?size=7" + (cursor == null ? "" : "&cursor=" + cursor)), 200);
            seen.addAll(numbers(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            requests++;
        }
        while (cursor != null && requests < 10);
        assertThat(seen).hasSize(20).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(seen.get(0)).isEqualTo(170);
    }

    @Test
    void anArticleCarriesBodyImagesAndAnEtagThatGives304() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/articles/160")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode article = JSON.readTree(response.getContentAsString());
        for (String field : List.of("id", "no", "headline", "subheadline", "section", "body", "tags", "reporter",
                "status", "publishedAt", "updatedAt", "views", "url", "images")) {
            assertThat(article.has(field)).as(field).isTrue();
        }
        assertThat(article.get("body").asText()).contains("국제화추진협의회");
        assertThat(article.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(article.get("images").get(0).get("url").asText()).startsWith("https://news.example.kr/media/");
        List<Integer> widths = new ArrayList<>();
        article.get("images").get(0).get("variants").forEach(v -> widths.add(v.get("width").asInt()));
        assertThat(widths).as("copies never wider than the 1200-wide original, then the original")
                .containsExactly(320, 640, 1200);

        String etag = response.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(response.getHeader("Cache-Control")).contains("max-age");
        assertThat(mvc.perform(get("/api/v1/articles/160").header("If-None-Match", etag)).andReturn().getResponse()
                .getStatus()).isEqualTo(304);
    }

    @Test
    void sectionsSiteAndMostRead() throws Exception {
        assertThat(json(get("/api/v1/sections"), 200)).hasSize(4);
        JsonNode site = json(get("/api/v1/site"), 200);
        assertThat(site.get("name").asText()).isEqualTo("신도시뉴스");
        assertThat(site.get("publisher").get("registrationNumber").asText()).isEqualTo("경기,아52090");
        assertThat(site.get("publisher").get("youthProtectionOfficer").asText()).isEqualTo("김상중");
        assertThat(json(get("/api/v1/articles/popular?period=week"), 200).get("period").asText()).isEqualTo("week");
        assertThat(json(get("/api/v1/articles/popular"), 200).get("items").isArray()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/articles?size=0", "/api/v1/articles?size=101", "/api/v1/articles?size=abc",
            "/api/v1/articles?page=0", "/api/v1/articles?page=-1", "/api/v1/articles?page=x",
            "/api/v1/articles?cursor=%21%21%21", "/api/v1/articles?cursor=bjoxNjk&page=2",
            "/api/v1/articles?cursor=eHl6", "/api/v1/articles/popular?period=month",
            "/api/v1/articles/popular?size=1000" })
    void badParametersAre400ProblemsWithADetail(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("at io.sinmun");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/articles/99999", "/api/v1/articles/abc", "/api/v1/articles?section=nope",
            "/api/v1/nothing-here" })
    void unknownThingsAre404Problems(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.getContentAsString()).get("detail").asText()).isNotBlank();
    }

    @Test
    void onlyConfiguredOriginsMayReadFromABrowser() throws Exception {
        assertThat(mvc.perform(get("/api/v1/articles").header("Origin", "https://app.example.kr")).andReturn()
                .getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("https://app.example.kr");
        MockHttpServletResponse other = mvc.perform(get("/api/v1/articles").header("Origin", "https://evil.example"))
                .andReturn().getResponse();
        assertThat(other.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(other.getStatus()).isEqualTo(403);
    }

    private JsonNode json(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return JSON.readTree(response.getContentAsString());
    }

    private static List<Long> numbers(JsonNode page) {
        List<Long> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("no").asLong()));
        return numbers;
    }
}
