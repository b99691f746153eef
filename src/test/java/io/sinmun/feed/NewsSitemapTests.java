package io.sinmun.feed;

import static io.sinmun.feed.FeedReading.schema;
import static io.sinmun.feed.FeedReading.validate;
import static io.sinmun.feed.FeedReading.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.site.SiteSettings;
import io.sinmun.site.SiteSettingsService;
import io.sinmun.system.SeoulTime;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Google News sitemap: 1,000 articles from the last few hours, one 47 hours old (inside the
 * window but past the cap), one 49 hours old (outside), and one from 2021.
 */
@SpringBootTest(properties = { "sinmun.demo=false", "sinmun.test.context=news-sitemap",
        "sinmun.public-url=https://news.example.kr" })
@AutoConfigureMockMvc
class NewsSitemapTests {

    private static final String SITE = "https://news.example.kr";
    private static final long INSIDE_PAST_CAP = 1001;
    private static final long OUTSIDE = 1002;
    private static final long OLD = 1003;

    private static Instant now;
    private static final List<Long> recentIds = new ArrayList<>();

    @Autowired MockMvc mvc;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired SiteSettingsService settings;
    @Autowired SeoulTime time;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void paper() {
        if (now != null) {
            return; // one paper for the whole class
        }
        now = time.now();
        settings.save(new SiteSettings("하남 & 광주 <신문>", "", null, "", "", "", "", null, "", "", null, "", "", "",
                "", ""));
        // number n (1-1000) went out n minutes ago: number 1 is the newest
        for (long number = 1; number <= 1000; number++) {
            recentIds.add(importAt(number, now.minus(Duration.ofMinutes(number)), "최근 기사 " + number));
        }
        importAt(INSIDE_PAST_CAP, now.minus(Duration.ofHours(47)), "47시간 전 기사");
        importAt(OUTSIDE, now.minus(Duration.ofHours(49)), "49시간 전 기사");
        importAt(OLD, Instant.parse("2021-02-04T01:00:00Z"), "오래된 기사");
        // a headline written past the article module's cleaning, to prove the sitemap escapes
        jdbc.sql("update article set headline = :headline where number = 1")
                .param("headline", "속보 & <b>굵게</b> \"인용\" 3 < 5").update();
    }

    @Test
    void itHoldsTheNewestThousandOfTheLastFortyEightHoursNewestFirst() throws Exception {
        List<Element> urls = xml(read()).select("urlset > url");
        assertThat(urls).hasSize(1000);
        assertThat(numbers(urls)).isEqualTo(java.util.stream.LongStream.rangeClosed(1, 1000).boxed().toList());
        assertThat(urls).extracting(NewsSitemapTests::publicationDate)
                .isSortedAccordingTo(Comparator.reverseOrder())
                .allSatisfy(date -> assertThat(date).isAfter(now.minus(Duration.ofHours(48))));

        // with two fewer recent articles, the 47-hour-old one fits; the 49-hour-old one never does
        lifecycle.withdraw(recentIds.get(9));
        lifecycle.withdraw(recentIds.get(19));
        List<Long> after = numbers(xml(read()).select("urlset > url"));
        assertThat(after).hasSize(999).contains(INSIDE_PAST_CAP).doesNotContain(OUTSIDE, OLD, 10L, 20L);
        assertThat(after.get(after.size() - 1)).isEqualTo(INSIDE_PAST_CAP);
    }

    @Test
    void itMatchesTheSitemapAndNewsSchemasAndEscapesText() throws Exception {
        String xml = read();
        validate(schema("sitemap-news.xsd", "sitemap.xsd"), xml);

        Element first = xml(xml).selectFirst("urlset > url");
        assertThat(first.selectFirst("loc").text()).isEqualTo(SITE + "/articles/1");
        Element news = first.selectFirst("news|news");
        assertThat(news.selectFirst("news|publication > news|name").text()).isEqualTo("하남 & 광주 <신문>");
        assertThat(news.selectFirst("news|publication > news|language").text()).isEqualTo("ko");
        assertThat(news.selectFirst("news|title").text()).isEqualTo("속보 & <b>굵게</b> \"인용\" 3 < 5");
        String date = news.selectFirst("news|publication_date").text();
        assertThat(date).endsWith("+09:00");
        assertThat(OffsetDateTime.parse(date).toInstant()).isEqualTo(now.minus(Duration.ofMinutes(1))
                .truncatedTo(ChronoUnit.SECONDS));
        assertThat(xml).contains("<news:name>하남 &amp; 광주 &lt;신문&gt;</news:name>",
                "<news:title>속보 &amp; &lt;b&gt;굵게&lt;/b&gt;").doesNotContain("<b>");
    }

    private long importAt(long number, Instant publishedAt, String headline) {
        return lifecycle.importPublished(new ArticleDraft(null, headline, null, "<p>본문</p>", null, null, null, null,
                List.of()), number, publishedAt, 0);
    }

    private String read() throws Exception {
        return mvc.perform(get("/sitemap-news.xml")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<Long> numbers(List<Element> urls) {
        return urls.stream().map(u -> Long.parseLong(u.selectFirst("loc").text().replaceAll(".*/", ""))).toList();
    }

    private static Instant publicationDate(Element url) {
        return OffsetDateTime.parse(url.selectFirst("news|publication_date").text()).toInstant();
    }
}
