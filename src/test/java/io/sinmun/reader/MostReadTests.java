package io.sinmun.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;

import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.section.Sections;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** "많이 본 뉴스" follows the counted views: on the list, the article page and the API. */
@SpringBootTest(properties = "sinmun.test.context=most-read")
@AutoConfigureMockMvc
class MostReadTests {

    @Autowired MockMvc mvc;
    @Autowired MostRead mostRead;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired Sections sections;

    @Test
    void theMostViewedArticlesLeadTheBlock() throws Exception {
        read(158, 3);
        read(160, 5);
        read(165, 1);
        // the block may lag the counted views by up to five seconds (it is kept between renders)
        await().atMost(Duration.ofSeconds(8)).until(() -> mostRead.top(MostRead.Period.DAY, 5).size() == 3
                && mostRead.top(MostRead.Period.WEEK, 5).size() == 3);

        assertThat(mostRead.top(MostRead.Period.WEEK, 5)).extracting(e -> e.article().number() + ":" + e.views())
                .containsExactly("160:5", "158:3", "165:1");
        Document front = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(front.select(".most-read ol").first().select("li").eachText())
                .first().asString().contains("비대면으로 확대할 것");
        Document article = Jsoup.parse(mvc.perform(get("/articles/151")).andReturn().getResponse().getContentAsString());
        assertThat(article.select(".most-read h2").text()).isEqualTo("많이 본 뉴스");
        String api = mvc.perform(get("/api/v1/articles/popular?period=day")).andReturn().getResponse()
                .getContentAsString();
        assertThat(api.indexOf("\"no\":160")).isLessThan(api.indexOf("\"no\":158")).isPositive();
        assertThat(api).contains("\"periodViews\":5");
    }

    @Test
    void aWithdrawnArticleLeavesTheBlockAtOnceThoughTheBlockIsKept() throws Exception {
        long id = lifecycle.createDraft(new ArticleDraft(sections.findBySlug("administration").orElseThrow().id(),
                "많이 읽히다 내려진 기사", null, "<p>본문</p>", null, null, null, null, List.of()), "테스트");
        long number = lifecycle.publish(id, false, false).number();
        read(number, 9);
        await().atMost(Duration.ofSeconds(8)).until(() -> mostRead.top(MostRead.Period.DAY, 5).stream()
                .anyMatch(e -> e.article().number() == number && e.views() == 9));

        lifecycle.withdraw(id);
        assertThat(mostRead.top(MostRead.Period.DAY, 5)).noneMatch(e -> e.article().number() == number);
        assertThat(mostRead.top(MostRead.Period.WEEK, 5)).noneMatch(e -> e.article().number() == number);
    }

    private void read(long number, int readers) throws Exception {
        for (int i = 0; i < readers; i++) {
            mvc.perform(get("/articles/" + number).header("User-Agent", "Mozilla/5.0 Chrome/156")
                    .cookie(new Cookie("sinmun_reader", String.format("mostread-test-%08d", number * 100 + i))));
        }
    }
}
