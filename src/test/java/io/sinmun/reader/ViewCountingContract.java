package io.sinmun.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import io.sinmun.SinmunApplication;
import io.sinmun.article.Article;
import io.sinmun.article.Articles;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * View counts are exact: many readers at once all count, a reload does not, and counts held in
 * memory survive a graceful restart. Runs the real server over HTTP, on H2 and on PostgreSQL.
 */
abstract class ViewCountingContract {

    private static final int READERS = 200;
    private static final String ARTICLE = "/articles/160";

    /** Properties that put both starts of the application on the same database. */
    abstract Map<String, Object> database();

    @Test
    void concurrentReadersAllCountOnceAndSurviveARestart() throws Exception {
        long before;
        // A flush interval longer than the test: only the shutdown flush can write these views.
        try (ConfigurableApplicationContext app = start("1h")) {
            before = views(app);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            // 50 requests in flight at a time: concurrent enough to race, gentle enough for a loaded CI machine
            Semaphore inFlight = new Semaphore(50);
            List<CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
            for (int reader = 0; reader < READERS; reader++) {
                String cookie = "sinmun_reader=" + readerKey(reader);
                for (int reload = 0; reload < 3; reload++) {
                    inFlight.acquire();
                    requests.add(http.sendAsync(request(app, cookie), HttpResponse.BodyHandlers.ofString())
                            .whenComplete((response, error) -> inFlight.release()));
                }
            }
            for (CompletableFuture<HttpResponse<String>> response : requests) {
                assertThat(response.get().statusCode()).isEqualTo(200);
            }
            assertThat(views(app)).as("nothing written before shutdown").isEqualTo(before);
        }
        try (ConfigurableApplicationContext app = start("500ms")) {
            assertThat(views(app)).isEqualTo(before + READERS);
            assertThat(dailyViews(app)).isEqualTo(READERS);
        }
    }

    @Test
    void viewsReachTheDatabaseWithinASecondAndAReaderWithoutCookieCountsOnce() throws Exception {
        try (ConfigurableApplicationContext app = start("500ms")) {
            long before = views(app);
            HttpClient http = HttpClient.newHttpClient();
            // no cookie: recognised by the salted hash of address and browser, then by the cookie it is given
            HttpResponse<String> first = http.send(request(app, null), HttpResponse.BodyHandlers.ofString());
            String setCookie = first.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(setCookie).startsWith("sinmun_reader=").contains("HttpOnly").contains("SameSite=Lax");
            http.send(request(app, null), HttpResponse.BodyHandlers.ofString());
            http.send(request(app, setCookie.substring(0, setCookie.indexOf(';'))), HttpResponse.BodyHandlers.ofString());

            await().atMost(Duration.ofSeconds(3)).until(() -> views(app) == before + 1);
            assertThat(rawAddressesStored(app)).isZero();
        }
    }

    @Test
    void robotsAndPrefetchesDoNotCount() throws Exception {
        try (ConfigurableApplicationContext app = start("500ms")) {
            long before = views(app);
            HttpClient http = HttpClient.newHttpClient();
            http.send(HttpRequest.newBuilder(uri(app)).header("User-Agent", "Googlebot/2.1").build(),
                    HttpResponse.BodyHandlers.discarding());
            http.send(HttpRequest.newBuilder(uri(app)).header("User-Agent", "Mozilla/5.0 Chrome/156")
                    .header("Sec-Purpose", "prefetch").build(), HttpResponse.BodyHandlers.discarding());
            http.send(request(app, "sinmun_reader=" + readerKey(999_999)), HttpResponse.BodyHandlers.discarding());
            await().atMost(Duration.ofSeconds(3)).until(() -> views(app) == before + 1);
            // and nothing else arrives later
            await().during(Duration.ofMillis(1200)).atMost(Duration.ofSeconds(3)).until(() -> views(app) == before + 1);
        }
    }

    private ConfigurableApplicationContext start(String flushInterval) {
        return new SpringApplicationBuilder(SinmunApplication.class)
                .properties(database())
                .properties("server.port=0", "sinmun.views.flush-interval=" + flushInterval)
                .run();
    }

    private static HttpRequest request(ConfigurableApplicationContext app, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(app))
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36");
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder.build();
    }

    private static URI uri(ConfigurableApplicationContext app) {
        return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + ARTICLE);
    }

    private static long views(ConfigurableApplicationContext app) {
        return app.getBean(Articles.class).findPublished(160).map(Article::views).orElseThrow();
    }

    private static long dailyViews(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("""
                select coalesce(sum(d.views), 0) from reader_view_daily d
                """).query(Long.class).single();
    }

    private static long rawAddressesStored(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("select count(*) from reader_view where reader_key like '%127.0.0.1%'")
                .query(Long.class).single();
    }

    /** A valid, distinct cookie value per reader (22 URL-safe characters). */
    private static String readerKey(int reader) {
        return String.format("test-reader-%010d", reader);
    }
}
