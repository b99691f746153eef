package io.sinmun.feed;

import static io.sinmun.feed.FeedReading.entry;
import static io.sinmun.feed.FeedReading.feed;
import static io.sinmun.feed.FeedReading.xml;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.Articles;
import io.sinmun.media.MediaImage;
import io.sinmun.media.MediaImages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** With {@code sinmun.feed.full-text=true} the feeds carry the whole sanitized body next to the summary. */
@SpringBootTest(properties = { "sinmun.feed.full-text=true", "sinmun.test.context=feed-full-text",
        "sinmun.public-url=https://news.example.kr" })
@AutoConfigureMockMvc
class FullTextFeedTests {

    private static final String SITE = "https://news.example.kr";

    @Autowired MockMvc mvc;
    @Autowired Articles articles;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired MediaImages images;

    @Test
    void rssCarriesTheWholeBodyInContentEncoded() throws Exception {
        Article article = articles.findPublished(160).orElseThrow();
        String xml = get("/rss.xml");
        SyndEntry entry = entry(feed(xml), SITE + "/articles/160");

        assertThat(entry.getContents()).hasSize(1);
        Document body = Jsoup.parseBodyFragment(entry.getContents().get(0).getValue());
        assertThat(body.select("p")).hasSize(8);
        assertThat(body.text()).isEqualTo(Jsoup.parseBodyFragment(article.bodyHtml()).text())
                .contains("중국 유산시와의 온라인 경제 협력");
        // the summary stays in the description
        assertThat(HtmlUtils.htmlUnescape(entry.getDescription().getValue())).startsWith("하남시(시장 김상호)는")
                .endsWith("…");
        Element item = xml(xml).select("item").stream()
                .filter(i -> i.selectFirst("link").text().equals(SITE + "/articles/160")).findFirst().orElseThrow();
        assertThat(item.select("content|encoded")).hasSize(1);
    }

    @Test
    void atomCarriesTheWholeBodyAsHtmlContent() throws Exception {
        String xml = get("/atom.xml");
        SyndEntry entry = entry(feed(xml), SITE + "/articles/160");

        assertThat(entry.getContents()).hasSize(1);
        SyndContent content = entry.getContents().get(0);
        assertThat(content.getType()).isEqualTo("html");
        assertThat(Jsoup.parseBodyFragment(content.getValue()).select("p")).hasSize(8);
        assertThat(entry.getDescription().getValue()).startsWith("하남시(시장 김상호)는");
        Element raw = xml(xml).select("entry").stream()
                .filter(e -> e.selectFirst("id").text().equals(SITE + "/articles/160")).findFirst().orElseThrow();
        assertThat(raw.selectFirst("content").attr("type")).isEqualTo("html");
    }

    @Test
    void linksAndImagesInTheBodyBecomeAbsolute() throws Exception {
        MediaImage image = images.findById(articles.findPublished(160).orElseThrow().leadImageId()).orElseThrow();
        String body = "<p>첫 문단과 <a href=\"/articles/160\">관련 기사</a>, <a href=\"https://example.org/x\">바깥</a></p>"
                + "<figure class=\"image\"><img src=\"" + image.url() + "\" alt=\"사진\"><figcaption>사진 설명</figcaption></figure>"
                + "<p>둘째 문단 &amp; <b>강조</b></p>";
        long id = lifecycle.createDraft(new ArticleDraft(null, "본문 링크 기사", null, body, null, null, null, null,
                List.of()), "테스트");
        long number = lifecycle.publish(id, false, false).number();

        for (String path : new String[] { "/rss.xml", "/atom.xml" }) {
            Document html = Jsoup.parseBodyFragment(entry(feed(get(path)), SITE + "/articles/" + number)
                    .getContents().get(0).getValue());
            assertThat(html.select("a").eachAttr("href")).as(path)
                    .containsExactly(SITE + "/articles/160", "https://example.org/x");
            assertThat(html.select("img").attr("src")).as(path).isEqualTo(SITE + image.url());
            assertThat(html.select("b").text()).as(path).isEqualTo("강조");
            assertThat(html.select("p").get(1).text()).as(path).isEqualTo("둘째 문단 & 강조");
        }
    }

    private String get(String path) throws Exception {
        return new String(mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)).andReturn()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
