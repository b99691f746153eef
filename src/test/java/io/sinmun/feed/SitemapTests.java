package io.sinmun.feed;

import static io.sinmun.feed.FeedReading.schema;
import static io.sinmun.feed.FeedReading.validate;
import static io.sinmun.feed.FeedReading.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import javax.xml.validation.Schema;

import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sitemap index and its pages, with ten numbers a page so that a few dozen articles make
 * several pages: numbers 1-25 and 41-43 published, 3 and 22 withdrawn, one draft.
 */
@SpringBootTest(properties = { "sinmun.demo=false", "sinmun.feed.sitemap-page-size=10",
        "sinmun.test.context=sitemap", "sinmun.public-url=https://news.example.kr" })
@AutoConfigureMockMvc
class SitemapTests {

    private static final String SITE = "https://news.example.kr";
    private static final Instant BASE = Instant.parse("2024-03-01T00:00:00Z");
    private static final List<Long> WITHDRAWN = List.of(3L, 22L);

    @Autowired MockMvc mvc;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired Sections sections;

    @BeforeEach
    void paper() {
        if (sections.findBySlug("local").isPresent()) {
            return; // one paper for the whole class
        }
        Section local = sections.create("local", "지역");
        Section sports = sections.create("sports", "스포츠");
        Map<Long, Long> ids = new HashMap<>();
        for (long number : LongStream.concat(LongStream.rangeClosed(1, 25), LongStream.rangeClosed(41, 43)).toArray()) {
            Section section = number % 2 == 0 ? local : sports;
            ids.put(number, lifecycle.importPublished(new ArticleDraft(section.id(), "기사 " + number, null,
                    "<p>본문</p>", null, null, null, null, List.of()), number, published(number), 0));
        }
        WITHDRAWN.forEach(number -> lifecycle.withdraw(ids.get(number)));
        lifecycle.createDraft(new ArticleDraft(local.id(), "초안", null, "<p>초안</p>", null, null, null, null,
                List.of()), "테스트");
    }

    @Test
    void theIndexListsOnePagePerBlockOfNumbersThatHasArticles() throws Exception {
        String xml = read("/sitemap.xml");
        validate(schema("siteindex.xsd"), xml);

        List<Element> sitemaps = xml(xml).select("sitemapindex > sitemap");
        assertThat(sitemaps).extracting(s -> s.selectFirst("loc").text()).containsExactly(
                SITE + "/sitemap-pages.xml", SITE + "/sitemap-articles-1.xml", SITE + "/sitemap-articles-2.xml",
                SITE + "/sitemap-articles-3.xml", SITE + "/sitemap-articles-5.xml");
        // each page's lastmod is its newest change: withdrawn articles no longer count
        assertThat(sitemaps.subList(1, 5)).extracting(s -> lastmod(s)).containsExactly(published(10), published(20),
                published(25), published(43));
        assertThat(lastmod(sitemaps.get(0))).isEqualTo(published(43));
    }

    @Test
    void anArticlePageListsExactlyThePublishedArticlesOfItsNumberRange() throws Exception {
        Schema schema = schema("sitemap.xsd");
        Map<Integer, List<Long>> pages = Map.of(1, List.of(1L, 2L, 4L, 5L, 6L, 7L, 8L, 9L, 10L),
                2, LongStream.rangeClosed(11, 20).boxed().toList(), 3, List.of(21L, 23L, 24L, 25L),
                5, List.of(41L, 42L, 43L));
        for (var page : pages.entrySet()) {
            String xml = mvc.perform(get("/sitemap-articles-" + page.getKey() + ".xml")).andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            validate(schema, xml);
            List<Element> urls = xml(xml).select("urlset > url");
            assertThat(urls).as("page %d", page.getKey()).extracting(u -> u.selectFirst("loc").text())
                    .containsExactlyElementsOf(page.getValue().stream().map(n -> SITE + "/articles/" + n).toList());
            for (Element url : urls) {
                long number = Long.parseLong(url.selectFirst("loc").text().replaceAll(".*/", ""));
                assertThat(url.selectFirst("lastmod").text()).endsWith("+09:00");
                assertThat(lastmod(url)).isEqualTo(published(number));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "4", "6", "7", "999999999", "0", "-1", "01", "abc", "1.5", "99999999999999999999" })
    void aPageWithoutArticlesOrPastTheEndIsNotFound(String page) throws Exception {
        mvc.perform(get("/sitemap-articles-" + page + ".xml")).andExpect(status().isNotFound());
    }

    @Test
    void thePagesSitemapListsTheFrontPageAndEverySection() throws Exception {
        String xml = read("/sitemap-pages.xml");
        validate(schema("sitemap.xsd"), xml);

        Document doc = xml(xml);
        assertThat(doc.select("urlset > url > loc").eachText()).containsExactly(SITE + "/",
                SITE + "/sections/local", SITE + "/sections/sports");
        assertThat(doc.select("urlset > url")).extracting(SitemapTests::lastmod)
                .containsExactly(published(43), published(42), published(43));
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfTheNewsroomAndNamesTheSitemaps() throws Exception {
        String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(robots).isEqualTo("""
                User-agent: *
                Allow: /
                Disallow: /admin/
                Disallow: /login

                Sitemap: https://news.example.kr/sitemap.xml
                Sitemap: https://news.example.kr/sitemap-news.xml
                """);
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static Instant published(long number) {
        return BASE.plus(Duration.ofHours(number));
    }

    private static Instant lastmod(Element entry) {
        return OffsetDateTime.parse(entry.selectFirst("lastmod").text()).toInstant();
    }
}
