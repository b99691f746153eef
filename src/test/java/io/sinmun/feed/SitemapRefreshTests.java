package io.sinmun.feed;

import static io.sinmun.feed.FeedReading.schema;
import static io.sinmun.feed.FeedReading.validate;
import static io.sinmun.feed.FeedReading.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.Articles;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The sitemap index is cached; publishing and withdrawing must still show in it at once. */
@SpringBootTest(properties = { "sinmun.test.context=feed", "sinmun.public-url=https://news.example.kr" })
@AutoConfigureMockMvc
class SitemapRefreshTests {

    private static final String SITE = "https://news.example.kr";

    @Autowired MockMvc mvc;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired Articles articles;

    @Test
    void publishingAndWithdrawingShowInTheIndexAndItsPage() throws Exception {
        read("/sitemap.xml"); // the index is now cached
        long id = lifecycle.createDraft(new ArticleDraft(null, "사이트맵에 올라갈 기사", null, "<p>본문</p>", null, null,
                null, null, List.of()), "테스트");
        Article published = lifecycle.publish(id, false, false);

        String index = read("/sitemap.xml");
        validate(schema("siteindex.xsd"), index);
        assertThat(pageOneLastmod(index)).isEqualTo(published.updatedAt().truncatedTo(ChronoUnit.SECONDS));
        String page = read("/sitemap-articles-1.xml");
        validate(schema("sitemap.xsd"), page);
        assertThat(xml(page).select("url > loc").eachText()).contains(SITE + "/articles/" + published.number());

        lifecycle.withdraw(id);

        assertThat(xml(read("/sitemap-articles-1.xml")).select("url > loc").eachText())
                .doesNotContain(SITE + "/articles/" + published.number());
        Instant newestLeft = articles.listPublished(null, 1, 1).get(0).updatedAt();
        assertThat(pageOneLastmod(read("/sitemap.xml"))).isEqualTo(newestLeft.truncatedTo(ChronoUnit.SECONDS))
                .isBefore(articles.findById(id).orElseThrow().updatedAt());
    }

    private static Instant pageOneLastmod(String index) {
        return OffsetDateTime.parse(xml(index).select("sitemap").stream()
                .filter(s -> s.selectFirst("loc").text().endsWith("/sitemap-articles-1.xml")).findFirst()
                .orElseThrow().selectFirst("lastmod").text()).toInstant();
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
