package io.sinmun.feed;

import static io.sinmun.feed.FeedReading.entry;
import static io.sinmun.feed.FeedReading.feed;
import static io.sinmun.feed.FeedReading.links;
import static io.sinmun.feed.FeedReading.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.Articles;
import io.sinmun.media.MediaImage;
import io.sinmun.media.MediaImages;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/** The RSS and Atom feeds on the demo paper plus articles published here, read back with Rome. */
@SpringBootTest(properties = { "sinmun.test.context=feed", "sinmun.public-url=https://news.example.kr" })
@AutoConfigureMockMvc
class FeedTests {

    private static final String SITE = "https://news.example.kr";
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    @Autowired MockMvc mvc;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired Articles articles;
    @Autowired Sections sections;
    @Autowired MediaImages images;
    @Autowired JdbcClient jdbc;

    @Test
    void theRssChannelDescribesThePaper() throws Exception {
        String xml = body(mvc.perform(get("/rss.xml")).andExpect(status().isOk())
                .andExpect(content().contentType(RSS)).andReturn());
        SyndFeed feed = feed(xml);

        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).isEqualTo("신도시뉴스");
        assertThat(feed.getLink()).isEqualTo(SITE + "/");
        assertThat(feed.getDescription()).isEqualTo("모바일 App 사용자에게는 실시간 전송!");
        assertThat(feed.getLanguage()).isEqualTo("ko");
        assertThat(feed.getCopyright()).isEqualTo("Copyright ⓒ2019 ncitynews All rights reserved.");
        Element self = xml(xml).selectFirst("rss > channel > atom|link[rel=self]");
        assertThat(self).isNotNull();
        assertThat(self.attr("href")).isEqualTo(SITE + "/rss.xml");
        assertThat(self.attr("type")).isEqualTo("application/rss+xml");
    }

    @Test
    void theAtomFeedDescribesThePaper() throws Exception {
        String xml = body(mvc.perform(get("/atom.xml")).andExpect(status().isOk())
                .andExpect(content().contentType(ATOM)).andReturn());
        SyndFeed feed = feed(xml);

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("신도시뉴스");
        assertThat(feed.getDescription()).isEqualTo("모바일 App 사용자에게는 실시간 전송!");
        assertThat(xml(xml).selectFirst("feed").attr("xml:lang")).isEqualTo("ko"); // Rome does not read it back
        assertThat(feed.getCopyright()).isEqualTo("Copyright ⓒ2019 ncitynews All rights reserved.");
        // Rome reports the self link as an Atom feed's link, so look at both
        assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref)
                .containsExactlyInAnyOrder(tuple("alternate", SITE + "/"), tuple("self", SITE + "/atom.xml"));
        assertThat(feed.getUri()).isEqualTo(SITE + "/atom.xml");
    }

    @Test
    void anRssItemCarriesTheArticleFieldByField() throws Exception {
        Article article = articles.findPublished(160).orElseThrow();
        MediaImage image = images.findById(article.leadImageId()).orElseThrow();
        // its section's feed: the other tests publish enough elsewhere to push it off the site-wide one
        String xml = body(mvc.perform(get("/sections/administration/rss.xml")).andReturn());
        SyndEntry entry = entry(feed(xml), SITE + "/articles/160");

        assertThat(entry.getTitle()).isEqualTo("김상호 하남시장 “국내 ‧ 외 교류, 비대면으로 확대할 것”");
        Item item = (Item) entry.getWireEntry();
        assertThat(item.getGuid().getValue()).isEqualTo(SITE + "/articles/160");
        assertThat(item.getGuid().isPermaLink()).isTrue();
        assertThat(entry.getPublishedDate().toInstant()).isEqualTo(article.publishedAt())
                .isEqualTo(Instant.parse("2021-01-08T01:00:00Z")); // 10:00 in Seoul
        Element raw = itemByLink(xml(xml), SITE + "/articles/160");
        String pubDate = raw.selectFirst("pubDate").text();
        assertThat(pubDate).endsWith(" GMT");
        assertThat(ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .isEqualTo(article.publishedAt());
        assertThat(entry.getAuthor()).isEqualTo("신도시뉴스");
        assertThat(raw.selectFirst("dc|creator").text()).isEqualTo("신도시뉴스");
        assertThat(entry.getCategories()).extracting(SyndCategory::getName).containsExactly(sectionName(article));

        String imageUrl = SITE + "/media/" + image.sha256() + ".jpg";
        assertThat(entry.getEnclosures()).hasSize(1);
        SyndEnclosure enclosure = entry.getEnclosures().get(0);
        assertThat(enclosure.getUrl()).isEqualTo(imageUrl);
        assertThat(enclosure.getType()).isEqualTo("image/jpeg");
        assertThat(enclosure.getLength()).isEqualTo(image.byteSize()).isPositive();
        assertMediaContent(entry, image, imageUrl);

        String summary = HtmlUtils.htmlUnescape(entry.getDescription().getValue());
        assertThat(summary).startsWith("하남시(시장 김상호)는 지난 7일 국제화추진협의회 1월 정기회의를 개최하고")
                .endsWith("…").doesNotContain("<p>");
        assertThat(summary.length()).isBetween(150, 201);
        assertThat(entry.getContents()).isEmpty();
        assertThat(raw.select("content|encoded")).isEmpty();
    }

    @Test
    void anAtomEntryCarriesTheArticleFieldByField() throws Exception {
        Article article = articles.findPublished(160).orElseThrow();
        MediaImage image = images.findById(article.leadImageId()).orElseThrow();
        String xml = body(mvc.perform(get("/sections/administration/atom.xml")).andReturn());
        SyndEntry entry = entry(feed(xml), SITE + "/articles/160");

        assertThat(entry.getTitle()).isEqualTo(article.headline());
        assertThat(entry.getUri()).isEqualTo(SITE + "/articles/160");
        assertThat(entry.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2021-01-08T01:00:00Z"));
        assertThat(entry.getUpdatedDate().toInstant()).isEqualTo(article.updatedAt());
        Element raw = xml(xml).select("entry").stream()
                .filter(e -> e.selectFirst("id").text().equals(SITE + "/articles/160")).findFirst().orElseThrow();
        for (String field : new String[] { "published", "updated" }) {
            String text = raw.selectFirst(field).text();
            assertThat(text).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
            assertThat(OffsetDateTime.parse(text).toInstant())
                    .isEqualTo(field.equals("published") ? article.publishedAt() : article.updatedAt());
        }
        assertThat(entry.getAuthors()).extracting(p -> p.getName()).containsExactly("신도시뉴스");
        assertThat(entry.getCategories()).extracting(SyndCategory::getName).containsExactly(sectionName(article));

        String imageUrl = SITE + "/media/" + image.sha256() + ".jpg";
        Element enclosure = raw.selectFirst("link[rel=enclosure]");
        assertThat(enclosure.attr("href")).isEqualTo(imageUrl);
        assertThat(enclosure.attr("type")).isEqualTo("image/jpeg");
        assertThat(enclosure.attr("length")).isEqualTo(Long.toString(image.byteSize()));
        assertThat(entry.getEnclosures()).extracting(SyndEnclosure::getUrl).containsExactly(imageUrl);
        assertMediaContent(entry, image, imageUrl);

        assertThat(raw.selectFirst("summary").attr("type")).isEqualTo("text");
        assertThat(entry.getDescription().getValue()).startsWith("하남시(시장 김상호)는 지난 7일").endsWith("…");
        assertThat(entry.getContents()).isEmpty();
        assertThat(raw.select("content")).isEmpty();
    }

    @Test
    void feedsListTheNewestFiftyNewestFirst() throws Exception {
        Section culture = sections.findBySlug("culture").orElseThrow();
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            published.add(publish("순서 " + i, culture.id()));
        }
        for (String path : new String[] { "/rss.xml", "/atom.xml" }) {
            List<Long> numbers = numbers(feed(body(mvc.perform(get(path)).andReturn())));
            assertThat(numbers).as(path).hasSize(50);
            assertThat(numbers.get(0)).as(path).isEqualTo(published.get(50));
            assertThat(numbers).as(path).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
            assertThat(numbers).as(path).isEqualTo(articles.listPublished(null, 1, 50).stream()
                    .map(s -> s.number()).toList());
        }
    }

    @Test
    void aSectionFeedHoldsOnlyThatSection() throws Exception {
        Section economy = sections.findBySlug("economy").orElseThrow();
        publish("경제 섹션 새 기사", economy.id());
        publish("다른 섹션 기사", sections.findBySlug("society").orElseThrow().id());
        List<Long> expected = articles.listPublished(economy.id(), 1, 50).stream().map(s -> s.number()).toList();

        for (String format : new String[] { "rss", "atom" }) {
            String xml = body(mvc.perform(get("/sections/economy/" + format + ".xml")).andExpect(status().isOk())
                    .andExpect(content().contentType(format.equals("rss") ? RSS : ATOM)).andReturn());
            SyndFeed feed = feed(xml);
            assertThat(feed.getTitle()).isEqualTo("신도시뉴스 - 경제");
            if (format.equals("rss")) {
                assertThat(feed.getLink()).isEqualTo(SITE + "/sections/economy");
                assertThat(xml(xml).selectFirst("channel > atom|link[rel=self]").attr("href"))
                        .isEqualTo(SITE + "/sections/economy/rss.xml");
            }
            else {
                assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref).containsExactlyInAnyOrder(
                        tuple("alternate", SITE + "/sections/economy"), tuple("self", SITE + "/sections/economy/atom.xml"));
            }
            assertThat(numbers(feed)).as(format).isEqualTo(expected).isNotEmpty();
            assertThat(feed.getEntries()).as(format).allSatisfy(entry -> assertThat(entry.getCategories())
                    .extracting(SyndCategory::getName).containsExactly("경제"));
        }
    }

    @Test
    void anUnknownSectionHasNoFeed() throws Exception {
        mvc.perform(get("/sections/no-such-section/rss.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/sections/no-such-section/atom.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/sections/Bad_Slug!/rss.xml")).andExpect(status().isNotFound());
    }

    @Test
    void withdrawnArticlesAndDraftsNeverAppear() throws Exception {
        long number = publish("곧 내려갈 기사", sections.findBySlug("society").orElseThrow().id());
        long withdrawnId = articles.findPublished(number).orElseThrow().id();
        lifecycle.createDraft(new ArticleDraft(null, "아직 초안인 기사", null, "<p>초안</p>", null, null, null, null,
                List.of()), "테스트");
        for (String path : new String[] { "/rss.xml", "/atom.xml", "/sections/society/rss.xml" }) {
            String xml = body(mvc.perform(get(path)).andReturn());
            assertThat(links(feed(xml))).as(path).contains(SITE + "/articles/" + number);
            assertThat(xml).as(path).doesNotContain("아직 초안인 기사");
        }

        lifecycle.withdraw(withdrawnId);

        for (String path : new String[] { "/rss.xml", "/atom.xml", "/sections/society/rss.xml",
                "/sections/society/atom.xml" }) {
            String xml = body(mvc.perform(get(path)).andReturn());
            assertThat(links(feed(xml))).as(path).doesNotContain(SITE + "/articles/" + number);
            assertThat(xml).as(path).doesNotContain("곧 내려갈 기사");
        }
    }

    @Test
    void markupInAHeadlineIsEscapedAndReadBackAsText() throws Exception {
        // the article module strips tags from headlines on save; "&", "<", ">" and quotes stay text
        long saved = publish("속보 & \"인용\" 'AT&T' 3 < 5 > 2", null);
        assertThat(articles.findPublished(saved).orElseThrow().headline()).isEqualTo("속보 & \"인용\" 'AT&T' 3 < 5 > 2");
        // a row written past the module (an old import, a hand edit) may still hold a tag
        long planted = publish("곧 바뀔 제목", null);
        jdbc.sql("update article set headline = :headline where number = :number")
                .param("headline", "심은 제목 & <b>굵게</b> <script>x</script> ]]> \u0001끝").param("number", planted)
                .update();

        for (String path : new String[] { "/rss.xml", "/atom.xml" }) {
            String xml = body(mvc.perform(get(path)).andReturn());
            SyndFeed feed = feed(xml);
            assertThat(entry(feed, SITE + "/articles/" + saved).getTitle()).as(path)
                    .isEqualTo("속보 & \"인용\" 'AT&T' 3 < 5 > 2");
            assertThat(entry(feed, SITE + "/articles/" + planted).getTitle()).as(path)
                    .isEqualTo("심은 제목 & <b>굵게</b> <script>x</script> ]]> 끝");
            assertThat(xml).as(path).contains("심은 제목 &amp; &lt;b&gt;굵게&lt;/b&gt; &lt;script&gt;")
                    .doesNotContain("<b>", "<script>");
        }
    }

    @Test
    void anUnchangedFeedIsAnsweredWithNotModified() throws Exception {
        for (String path : new String[] { "/rss.xml", "/atom.xml", "/sections/culture/rss.xml" }) {
            MvcResult first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            String etag = first.getResponse().getHeader("ETag");
            String lastModified = first.getResponse().getHeader("Last-Modified");
            assertThat(first.getResponse().getHeaders("ETag")).as(path).hasSize(1);
            assertThat(etag).as(path).matches("\"[0-9a-f]{32}\""); // strong: no W/
            assertThat(lastModified).as(path).endsWith(" GMT");
            assertThat(first.getResponse().getHeader("Cache-Control")).as(path).isEqualTo("max-age=60, public");

            MvcResult byTag = mvc.perform(get(path).header("If-None-Match", etag))
                    .andExpect(status().isNotModified()).andReturn();
            assertThat(byTag.getResponse().getContentAsByteArray()).isEmpty();
            assertThat(byTag.getResponse().getHeader("ETag")).isEqualTo(etag);
            assertThat(byTag.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=60, public");
            mvc.perform(get(path).header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());

            String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1));
            mvc.perform(get(path).header("If-Modified-Since", dayBefore)).andExpect(status().isOk());
            mvc.perform(get(path).header("If-None-Match", "\"someone-else\"")).andExpect(status().isOk());
        }
    }

    @Test
    void publishingAndWithdrawingChangeTheETagAndLastModified() throws Exception {
        MvcResult before = mvc.perform(get("/rss.xml")).andReturn();
        String etag = before.getResponse().getHeader("ETag");
        long number = publish("새로 나간 기사", sections.findBySlug("culture").orElseThrow().id());
        Article article = articles.findPublished(number).orElseThrow();

        MvcResult after = mvc.perform(get("/rss.xml").header("If-None-Match", etag)).andExpect(status().isOk())
                .andReturn();
        String published = after.getResponse().getHeader("ETag");
        assertThat(published).isNotEqualTo(etag);
        assertThat(after.getResponse().getDateHeader("Last-Modified") / 1000)
                .isEqualTo(article.updatedAt().getEpochSecond());
        mvc.perform(get("/rss.xml").header("If-None-Match", published)).andExpect(status().isNotModified());

        lifecycle.withdraw(article.id());
        Instant withdrawnAt = articles.findById(article.id()).orElseThrow().updatedAt();

        MvcResult withdrawn = mvc.perform(get("/rss.xml").header("If-None-Match", published))
                .andExpect(status().isOk()).andReturn();
        assertThat(withdrawn.getResponse().getHeader("ETag")).isNotEqualTo(published).isNotEqualTo(etag);
        // the withdrawal itself is the newest change, though the article left the list
        assertThat(withdrawn.getResponse().getDateHeader("Last-Modified") / 1000)
                .isEqualTo(withdrawnAt.getEpochSecond());
    }

    private long publish(String headline, Long sectionId) {
        long id = lifecycle.createDraft(new ArticleDraft(sectionId, headline, null, "<p>" + headline + " 본문</p>",
                null, null, null, null, List.of()), "테스트");
        return lifecycle.publish(id, false, false).number();
    }

    private String sectionName(Article article) {
        return sections.findById(article.sectionId()).orElseThrow().name();
    }

    private static void assertMediaContent(SyndEntry entry, MediaImage image, String url) {
        MediaEntryModule media = (MediaEntryModule) entry.getModule(MediaModule.URI);
        assertThat(media).isNotNull();
        assertThat(media.getMediaContents()).hasSize(1);
        MediaContent content = media.getMediaContents()[0];
        assertThat(content.getReference().toString()).isEqualTo(url);
        assertThat(content.getType()).isEqualTo("image/jpeg");
        assertThat(content.getMedium()).isEqualTo("image");
        assertThat(content.getFileSize()).isEqualTo(image.byteSize());
        assertThat(content.getWidth()).isEqualTo(image.width());
        assertThat(content.getHeight()).isEqualTo(image.height());
    }

    private static Element itemByLink(Document xml, String link) {
        return xml.select("item").stream().filter(i -> i.selectFirst("link").text().equals(link)).findFirst()
                .orElseThrow();
    }

    private static List<Long> numbers(SyndFeed feed) {
        return links(feed).stream().map(link -> Long.parseLong(link.substring(link.lastIndexOf('/') + 1))).toList();
    }

    private static String body(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
