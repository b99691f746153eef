package io.sinmun.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.Articles;
import io.sinmun.section.Sections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page cache over real HTTP on the demo paper: hits, validators and 304s, gzip, exact
 * invalidation by the publishing events, view counting on cached pages, and what is never stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "sinmun.test.context=page-cache", "sinmun.cache.live-ttl=10m" })
@org.springframework.context.annotation.Import(PageCacheTests.ServletRequests.class)
class PageCacheTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) PageCacheTests";

    @LocalServerPort int port;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired Articles articles;
    @Autowired Sections sections;
    @Autowired JdbcClient jdbc;
    @Autowired List<org.springframework.boot.web.servlet.FilterRegistrationBean<?>> filters;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hitsAreAnsweredAheadOfTheMetricsObservationFormParsingAndSecurity() {
        int views = orderOf("articleViews");
        int cache = orderOf("pageCache");
        assertThat(views).isLessThan(cache);
        for (var registration : filters) {
            var filter = registration.getFilter();
            if (filter instanceof org.springframework.web.filter.ServerHttpObservationFilter
                    || filter instanceof org.springframework.web.filter.FormContentFilter
                    || filter instanceof org.springframework.web.filter.RequestContextFilter
                    || filter instanceof org.springframework.web.filter.DelegatingFilterProxy) {
                assertThat(registration.getOrder()).as(filter.getClass().getSimpleName()).isGreaterThan(cache);
            }
        }
        assertThat(filters).anyMatch(r -> r.getFilter() instanceof org.springframework.web.filter.ServerHttpObservationFilter);
    }

    private int orderOf(String name) {
        return filters.stream().filter(r -> name.equals(r.getFilterName())).findFirst().orElseThrow().getOrder();
    }

    @Test
    void aPageRenderedTwiceIsStoredAndServedWithTheSameBytesAndStrongValidators() throws Exception {
        HttpResponse<byte[]> first = get("/sections/society?page=1", "Cookie", "sinmun_reader=AAAAAAAAAAAAAAAAAAAAAA");
        HttpResponse<byte[]> rendered = get("/sections/society?page=1", "Cookie", "sinmun_reader=AAAAAAAAAAAAAAAAAAAAAA");
        HttpResponse<byte[]> second = get("/sections/society?page=1", "Cookie", "sinmun_reader=AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Cache")).contains("MISS");
        assertThat(rendered.headers().firstValue("X-Cache")).as("stored on its second render").contains("MISS");
        assertThat(second.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(second.body()).isEqualTo(rendered.body()).isEqualTo(first.body());
        first = rendered;
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{32}\"").isEqualTo(first.headers().firstValue("ETag").orElseThrow());
        assertThat(second.headers().firstValue("Last-Modified")).isEqualTo(first.headers().firstValue("Last-Modified"));
        // the charset name is case-insensitive (Jetty writes "utf-8")
        assertThat(second.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(second.headers().firstValue("Vary")).contains("Accept-Encoding");
        assertThat(second.headers().firstValue("Cache-Control")).contains("no-cache");
        // the render's security headers are stored with the page
        assertThat(second.headers().firstValue("Content-Security-Policy"))
                .isEqualTo(first.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(second.headers().firstValue("X-Frame-Options")).contains("DENY");

        assertThat(get("/sections/society?page=1", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/sections/society?page=1", "If-None-Match", "W/" + etag + ", \"x\"").statusCode()).isEqualTo(304);
        assertThat(get("/sections/society?page=1", "If-None-Match", "\"someone-else\"").statusCode()).isEqualTo(200);
        String lastModified = second.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get("/sections/society?page=1", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get("/sections/society?page=1", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theGzipFormIsStoredAndServedToThoseWhoAcceptIt() throws Exception {
        get("/articles/158");
        HttpResponse<byte[]> plain = get("/articles/158");
        HttpResponse<byte[]> zipped = get("/articles/158", "Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> refused = get("/articles/158", "Accept-Encoding", "gzip;q=0, identity");

        assertThat(zipped.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
        assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
        assertThat(zipped.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(plain.body());
        assertThat(get("/articles/158", "If-None-Match", zipped.headers().firstValue("ETag").orElseThrow(),
                "Accept-Encoding", "gzip").statusCode()).isEqualTo(304);
    }

    @Test
    void anEditDropsTheArticleAndWhatShowsItButNotOtherSections() throws Exception {
        List<String> paths = List.of("/articles/169", "/sections/economy", "/", "/rss.xml", "/api/v1/articles/169",
                "/sitemap-articles-1.xml", "/sections/culture", "/articles/152?section=culture", "/sections/culture/rss.xml");
        for (String path : paths) {
            get(path);
            get(path);
            assertThat(get(path).headers().firstValue("X-Cache")).as(path).contains("HIT");
        }
        Article article = articles.findPublished(169).orElseThrow();
        lifecycle.update(article.id(), new ArticleDraft(article.sectionId(), "고쳐 쓴 제목 169", article.subheadline(),
                article.bodyHtml(), article.leadImageId(), article.leadImageCaption(), article.leadImageCredit(),
                article.reporterId(), article.tags()), article.version(), "테스트");

        for (String path : paths.subList(0, 6)) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.headers().firstValue("X-Cache")).as(path).contains("MISS");
            assertThat(text(response)).as(path).contains(path.startsWith("/sitemap") ? "<lastmod>" + java.time.LocalDate
                    .now(io.sinmun.system.SeoulTime.ZONE) : "고쳐 쓴 제목 169");
        }
        for (String path : paths.subList(6, paths.size())) {
            assertThat(get(path).headers().firstValue("X-Cache")).as(path).contains("HIT");
        }
    }

    @Test
    void aPublicationDropsTheListsItJoinsAndLeavesOtherSections() throws Exception {
        for (String path : List.of("/", "/sections/administration", "/sections/society?page=2", "/articles/161?section=society")) {
            get(path);
            get(path);
        }
        long id = lifecycle.createDraft(new ArticleDraft(sections.findBySlug("administration").orElseThrow().id(),
                "방금 나온 기사", null, "<p>본문</p>", null, null, null, null, List.of()), "테스트");
        Article published = lifecycle.publish(id, false, false);

        HttpResponse<byte[]> front = get("/");
        assertThat(front.headers().firstValue("X-Cache")).contains("MISS");
        assertThat(text(front)).contains("방금 나온 기사");
        assertThat(get("/sections/administration").headers().firstValue("X-Cache")).contains("MISS");
        assertThat(get("/sections/society?page=2").headers().firstValue("X-Cache")).contains("HIT");
        assertThat(get("/articles/161?section=society").headers().firstValue("X-Cache")).contains("HIT");

        lifecycle.withdraw(id);
        assertThat(get("/articles/" + published.number()).statusCode()).isEqualTo(404);
        assertThat(text(get("/"))).doesNotContain("방금 나온 기사");
    }

    @Test
    void everyReaderOfACachedPageIsCountedOnceAndGetsOnlyTheirOwnCookie() throws Exception {
        long before = views(162);
        get("/articles/162", "User-Agent", BROWSER + " warm", "Cookie", "sinmun_reader=BBBBBBBBBBBBBBBBBBBBBB");
        get("/articles/162", "User-Agent", BROWSER + " warm", "Cookie", "sinmun_reader=BBBBBBBBBBBBBBBBBBBBBB");
        List<HttpResponse<byte[]>> cookieless = List.of(get("/articles/162", "User-Agent", BROWSER + " 1"),
                get("/articles/162", "User-Agent", BROWSER + " 2"), get("/articles/162", "User-Agent", BROWSER + " 3"),
                get("/articles/162", "User-Agent", BROWSER + " 3")); // a reload, before the cookie came back
        for (HttpResponse<byte[]> response : cookieless) {
            assertThat(response.headers().firstValue("X-Cache")).contains("HIT");
            assertThat(response.headers().allValues("Set-Cookie")).hasSize(1).allMatch(c -> c.startsWith("sinmun_reader="));
        }
        assertThat(cookieless.get(0).headers().firstValue("Set-Cookie"))
                .isNotEqualTo(cookieless.get(1).headers().firstValue("Set-Cookie"));
        HttpResponse<byte[]> withCookie = get("/articles/162", "User-Agent", BROWSER + " 4", "Cookie",
                "sinmun_reader=CCCCCCCCCCCCCCCCCCCCCC");
        assertThat(withCookie.headers().allValues("Set-Cookie")).isEmpty();
        // robots are not counted, even from the cache
        get("/articles/162", "User-Agent", "Googlebot/2.1");

        await().atMost(Duration.ofSeconds(5)).until(() -> views(162) == before + 5);
        Thread.sleep(700); // one more flush interval: nothing else arrives
        assertThat(views(162)).isEqualTo(before + 5);
    }

    @Test
    void errorsAndCookiesAreNeverStoredAndAMadeUpSessionDoesNotBypass() throws Exception {
        HttpResponse<byte[]> missing = get("/articles/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(get("/articles/999999").headers().firstValue("X-Cache")).contains("MISS");
        assertThat(get("/sections/no-such-section").statusCode()).isEqualTo(404);
        assertThat(get("/sections/no-such-section").headers().firstValue("X-Cache")).contains("MISS");
        assertThat(get("/?page=abc").statusCode()).isEqualTo(400);
        assertThat(get("/?page=abc").headers().firstValue("X-Cache")).contains("MISS");

        get("/sections/culture?page=1");
        get("/sections/culture?page=1");
        assertThat(get("/sections/culture?page=1", "Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
                .headers().firstValue("X-Cache")).contains("HIT");
        assertThat(get("/api/v1/sections", "Authorization", "Bearer nothing").headers().firstValue("X-Cache"))
                .contains("BYPASS");
        assertThat(get("/login").headers().firstValue("X-Cache")).isEmpty();
    }

    @Test
    void aPageReadOnceIsNotStoredAndOneReadAgainIs(@Autowired PageCache cache) throws Exception {
        long stored = cache.size();
        assertThat(get("/sections/culture?page=2").headers().firstValue("X-Cache")).contains("MISS");
        assertThat(cache.size()).as("a one-off read is not kept").isEqualTo(stored);
        assertThat(get("/sections/culture?page=2").headers().firstValue("X-Cache")).contains("MISS");
        assertThat(cache.size()).isEqualTo(stored + 1);
        assertThat(get("/sections/culture?page=2").headers().firstValue("X-Cache")).contains("HIT");
    }

    @Test
    void freshHitsAreAnsweredInFrontOfTheServletsWithTheRendersOwnHeaders() throws Exception {
        get("/sections/society?page=3");
        HttpResponse<byte[]> rendered = get("/sections/society?page=3");
        assertThat(rendered.headers().firstValue("X-Cache")).contains("MISS");
        long servletRequests = ServletRequests.COUNT.get();

        HttpResponse<byte[]> hit = get("/sections/society?page=3");
        HttpResponse<byte[]> head = send("HEAD", "/sections/society?page=3");
        HttpResponse<byte[]> notModified = get("/sections/society?page=3", "If-None-Match",
                hit.headers().firstValue("ETag").orElseThrow());
        assertThat(ServletRequests.COUNT.get()).as("no servlet saw the hits").isEqualTo(servletRequests);

        assertThat(hit.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(hit.body()).isEqualTo(rendered.body());
        for (String header : List.of("Content-Type", "Content-Security-Policy", "X-Frame-Options",
                "X-Content-Type-Options", "Referrer-Policy", "Cache-Control", "ETag", "Last-Modified")) {
            assertThat(hit.headers().allValues(header)).as(header).isEqualTo(rendered.headers().allValues(header));
        }
        assertThat(hit.headers().allValues("Vary")).containsExactly("Accept-Encoding");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(rendered.body().length));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();

        // a session cookie may be a newsroom login: only the servlet path can tell, and it still hits
        HttpResponse<byte[]> withSession = get("/sections/society?page=3", "Cookie", "JSESSIONID=0123456789ABCDEF");
        assertThat(ServletRequests.COUNT.get()).isEqualTo(servletRequests + 1);
        assertThat(withSession.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(withSession.body()).isEqualTo(rendered.body());
        // Spring Session's cookie (cluster mode) too
        get("/sections/society?page=3", "Cookie", "sinmun_reader=AAAAAAAAAAAAAAAAAAAAAA; SESSION=c2Vzc2lvbg");
        assertThat(ServletRequests.COUNT.get()).isEqualTo(servletRequests + 2);
    }

    /** Counts the requests that reach the servlet filter chain. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class ServletRequests {

        static final java.util.concurrent.atomic.AtomicLong COUNT = new java.util.concurrent.atomic.AtomicLong();

        @org.springframework.context.annotation.Bean
        org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> servletRequestCounter() {
            var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter>(
                    (request, response, chain) -> {
                        COUNT.incrementAndGet();
                        chain.doFilter(request, response);
                    });
            registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
            registration.setName("servletRequestCounter");
            return registration;
        }
    }

    private long views(long number) {
        return jdbc.sql("""
                select a.view_count + coalesce(v.views, 0) from article a
                  left join article_view_count v on v.article_id = a.id where a.number = :n
                """).param("n", number).query(Long.class).single();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, headers);
    }

    private HttpResponse<byte[]> send(String method, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        boolean agent = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            agent |= headers[i].equals("User-Agent");
        }
        if (!agent) {
            request.header("User-Agent", "PageCacheTests robot"); // "robot": not counted
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
