package io.sinmun.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.XssPayloads;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Every payload of the corpus, in every field a writer fills, published and read back as a reader's page. */
@SpringBootTest(properties = { "sinmun.demo=false", "sinmun.test.context=xss", "sinmun.feed.full-text=true" })
@AutoConfigureMockMvc
class ReaderXssTests {

    @Autowired MockMvc mvc;
    @Autowired ArticleLifecycle lifecycle;

    @Test
    void nothingExecutableReachesTheArticlePageOrTheList() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String payload : XssPayloads.all()) {
            String credit = payload.length() <= 200 ? payload : payload.substring(0, 200);
            long id = lifecycle.createDraft(new ArticleDraft(null, "속보 " + payload, payload, payload, null, payload,
                    credit, null, List.of(payload.length() <= 50 ? payload : payload.substring(0, 50))), "테스트");
            Article article = lifecycle.publish(id, false, false);
            Document page = Jsoup.parse(mvc.perform(get("/articles/" + article.number())).andReturn().getResponse()
                    .getContentAsString());
            softly.assertThat(XssPayloads.dangers(page.select("main").outerHtml())).as("page for %s", payload).isEmpty();
            // the only scripts: the site's own file and the JSON-LD data block, which no payload can leave
            softly.assertThat(page.select("script").eachAttr("src")).as("scripts for %s", payload)
                    .satisfiesExactly(src -> assertThat(src).matches("/js/site-[0-9a-f]{32}\\.js"));
            softly.assertThat(page.select("script:not([src])").eachAttr("type")).as("data blocks for %s", payload)
                    .containsExactly("application/ld+json");
            softly.assertThat(page.select("script[type=application/ld+json]").first().html())
                    .as("JSON-LD for %s", payload).doesNotContain("<", ">");
            softly.assertThat(page.select("head meta[http-equiv], head base")).as("head for %s", payload).isEmpty();
            softly.assertThat(page.select("head > *").stream().map(e -> e.normalName()).distinct())
                    .as("head elements for %s", payload).allMatch(List.of("title", "meta", "link", "script")::contains);
            softly.assertThat(page.select("head *").stream().flatMap(e -> e.attributes().asList().stream())
                    .map(a -> a.getKey()).filter(name -> name.startsWith("on") || name.equals("style")))
                    .as("head attributes for %s", payload).isEmpty();
        }
        Document list = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        softly.assertThat(XssPayloads.dangers(list.select("main").outerHtml())).as("list").isEmpty();
        // the feeds carry the full bodies in this context: what a feed reader renders must be just as clean
        for (String feedPath : new String[] { "/rss.xml", "/atom.xml" }) {
            com.rometools.rome.feed.synd.SyndFeed feed = new com.rometools.rome.io.SyndFeedInput().build(
                    new java.io.StringReader(mvc.perform(get(feedPath)).andReturn().getResponse()
                            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
            softly.assertThat(feed.getEntries()).as(feedPath).hasSize(50);
            for (com.rometools.rome.feed.synd.SyndEntry entry : feed.getEntries()) {
                StringBuilder html = new StringBuilder(entry.getTitle());
                if (entry.getDescription() != null) {
                    html.append(entry.getDescription().getValue());
                }
                entry.getContents().forEach(content -> html.append(content.getValue()));
                softly.assertThat(XssPayloads.dangers(html.toString())).as("%s entry %s", feedPath, entry.getLink())
                        .isEmpty();
            }
        }
        softly.assertAll();
        assertThat(XssPayloads.all()).hasSizeGreaterThan(60);
    }
}
