package io.sinmun.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.sinmun.article.Article;
import io.sinmun.article.Articles;
import io.sinmun.system.Progress;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The generator's rows are the publishing path's rows: pages, counters and feeds work on them. */
@SpringBootTest(properties = { "sinmun.test.context=generator", "sinmun.demo=false" })
@AutoConfigureMockMvc
class ArticleGeneratorTests {

    @Autowired ArticleGenerator generator;
    @Autowired Articles articles;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void twoRunsAppendWithContiguousNumbersAndEveryPageWorks() throws Exception {
        Progress progress = Progress.silent("생성", 2000);
        ArticleGenerator.Generated first = generator.generate(2000, 7, progress);
        ArticleGenerator.Generated second = generator.generate(2000, 7, Progress.silent("생성", 2000));

        assertThat(progress.done()).isEqualTo(2000);
        assertThat(first.firstNumber()).isEqualTo(1);
        assertThat(first.lastNumber()).isEqualTo(2000);
        assertThat(second.firstNumber()).isEqualTo(2001);
        assertThat(second.lastNumber()).isEqualTo(4000);
        assertThat(articles.countPublished(null)).isEqualTo(4000);
        assertThat(count("select count(distinct number) from article where status = 'PUBLISHED'")).isEqualTo(4000);
        assertThat(count("select min(number) from article")).isEqualTo(1);
        assertThat(count("select max(number) from article")).isEqualTo(4000);
        assertThat(count("select last_number from article_number")).isEqualTo(4000);
        // one first revision per article, as the editor's save leaves it
        assertThat(count("select count(*) from article_revision where revision_no = 1")).isEqualTo(4000);
        assertThat(count("select count(distinct section_id) from article")).isEqualTo(10);
        assertThat(count("select count(distinct reporter_id) from article")).isEqualTo(20);
        assertThat(count("select count(*) from article where has_images")).isBetween(700L, 1300L);
        assertThat(count("select count(distinct article_id) from article_tag")).isBetween(1800L, 3000L);

        // the second run's texts differ from the first's although the seed is the same
        assertThat(articles.findPublished(2001).orElseThrow().bodyHtml())
                .isNotEqualTo(articles.findPublished(1).orElseThrow().bodyHtml());

        // dates: five years up to now, rising with the number within a run
        Article oldest = articles.findPublished(1).orElseThrow();
        Article newest = articles.findPublished(2000).orElseThrow();
        assertThat(oldest.publishedAt()).isBetween(Instant.now().minus(Duration.ofDays(5 * 365 + 1)),
                Instant.now().minus(Duration.ofDays(5 * 365 - 2)));
        assertThat(newest.publishedAt()).isBetween(Instant.now().minus(Duration.ofDays(2)), Instant.now());
        assertThat(articles.findPublished(1000).orElseThrow().publishedAt()).isAfter(oldest.publishedAt())
                .isBefore(newest.publishedAt());

        Article sample = articles.findPublished(1234).orElseThrow();
        assertThat(sample.headline()).isNotBlank().hasSizeLessThanOrEqualTo(300);
        assertThat(sample.bodyHtml()).startsWith("<p>").contains("</p>");
        assertThat(sample.bodyHtml().length()).isGreaterThan(300);
        assertThat(sample.reporterName()).endsWith(" 기자");

        Document page = page("/articles/1234");
        assertThat(page.select("h1").text()).isEqualTo(sample.headline());
        Document board = page("/");
        assertThat(board.select(".counter").text()).endsWith("전체 4000");
        assertThat(board.select(".board-table tbody tr").first().select(".col-no").text()).isEqualTo("4000");
        assertThat(mvc.perform(get("/rss.xml")).andReturn().getResponse().getContentAsString())
                .contains("/articles/4000");
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void generatedBodiesAreAlreadyWhatTheSanitizerKeeps() {
        SyntheticText text = new SyntheticText(io.sinmun.demo.DemoArticles.referenceHeadlines(),
                io.sinmun.demo.DemoArticles.referenceParagraphs());
        var r = new java.util.SplittableRandom(3);
        List<String> headlines = java.util.stream.IntStream.range(0, 200).mapToObj(i -> text.headline(r)).toList();
        assertThat(headlines.stream().distinct().count()).isGreaterThan(150);
        // quotes cut at a comma would leave a headline with an unclosed quotation mark
        assertThat(headlines).allSatisfy(h -> assertThat(h.chars().filter(c -> c == '“').count())
                .isEqualTo(h.chars().filter(c -> c == '”').count()));
        assertThat(text.bodyHtml(r)).doesNotContain("<script", "&lt;p");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Document page(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
