package io.sinmun.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.Articles;
import io.sinmun.cluster.ClusterBus;
import io.sinmun.section.Sections;
import io.sinmun.testing.PostgresTestDatabase;
import io.sinmun.testing.RequiresPostgres;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bus on a real PostgreSQL, one node in a Spring context and "the other node" played by a
 * plain JDBC connection on the same schema: what this node sends, when, and what it does with
 * what the other sends, including after its listening connection is killed.
 */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "sinmun.test.context=cluster-bus", "sinmun.cache.live-ttl=10m",
                "sinmun.cache.store-on-first-read=true", "sinmun.cluster.keep-alive=1s", "sinmun.cluster.reconnect-min=1500ms" })
class ClusterBusTests {

    @LocalServerPort int port;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired Articles articles;
    @Autowired BusChannel channel;
    @Autowired ClusterBus bus;
    @Autowired TransactionTemplate transactions;
    @Autowired Sections sections;

    private final HttpClient http = HttpClient.newHttpClient();
    private Connection other;

    @BeforeEach
    void otherNode() throws SQLException {
        other = DriverManager.getConnection(PostgresTestDatabase.URL, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
        try (Statement statement = other.createStatement()) {
            statement.execute("LISTEN \"" + channel.channel() + "\"");
        }
        await().atMost(Duration.ofSeconds(10)).until(bus::connected);
    }

    @AfterEach
    void close() throws SQLException {
        other.close();
    }

    @Test
    void aPublishIsAnnouncedAtCommitWithItsTagsAndARolledBackOneNever() throws Exception {
        long rolledBack = draft("되돌린 기사");
        transactions.executeWithoutResult(status -> {
            lifecycle.publish(rolledBack, false, false);
            status.setRollbackOnly();
        });
        long committed = draft("클러스터 공지 기사");
        Article published = lifecycle.publish(committed, false, false);

        List<String> received = receive(1);
        assertThat(received).hasSize(1);
        BusMessage message = BusMessage.decode(received.get(0));
        assertThat(message.node()).isEqualTo(channel.node());
        assertThat(message.kind()).isEqualTo(BusMessage.Kind.ARTICLE);
        assertThat(message.articleId()).isEqualTo(committed);
        assertThat(message.tags()).contains("article:" + published.number(), "list:all", "list:" + published.sectionId(),
                "articles");
        assertThat(received.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(8_000);
    }

    @Test
    void anotherNodesChangeDropsExactlyItsPagesHere() throws Exception {
        for (String path : List.of("/sections/culture", "/sections/economy")) {
            get(path);
            assertThat(header(get(path))).as(path).isEqualTo("HIT");
        }

        notifyFromOther(message("othernode", "list:" + sectionId("culture")));

        await().atMost(Duration.ofSeconds(1)).until(() -> "MISS".equals(header(get("/sections/culture"))));
        assertThat(header(get("/sections/economy"))).isEqualTo("HIT");
    }

    @Test
    void thisNodesOwnMessagesAreNotAppliedTwice() throws Exception {
        for (String path : List.of("/sections/culture", "/sections/economy")) {
            get(path);
            assertThat(header(get(path))).as(path).isEqualTo("HIT");
        }

        notifyFromOther(message(channel.node(), "list:" + sectionId("culture")));
        notifyFromOther(message("othernode", "list:" + sectionId("economy")));

        // the second message is handled after the first: once it is, the first was ignored
        await().atMost(Duration.ofSeconds(1)).until(() -> "MISS".equals(header(get("/sections/economy"))));
        assertThat(header(get("/sections/culture"))).isEqualTo("HIT");
    }

    @Test
    void aKilledListeningConnectionTurnsReadinessDownThenReconnectsAndDropsWhatMayBeStale() throws Exception {
        get("/articles/157");
        assertThat(header(get("/articles/157"))).isEqualTo("HIT");
        assertThat(readiness()).isEqualTo(200);

        try (Statement statement = other.createStatement()) {
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                    + "sinmun-bus-" + channel.node() + "'");
        }
        // what the other node commits while this one is away is never delivered here
        notifyFromOther(new BusMessage("othernode", BusMessage.Kind.ARTICLE, 1, 156,
                java.util.Set.of("article:156")).encode());

        await().atMost(Duration.ofSeconds(5)).until(() -> readiness() == 503);
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness() == 200);
        assertThat(bus.connected()).isTrue();
        assertThat(header(get("/articles/157"))).as("dropped by the catch-up").isEqualTo("MISS");

        get("/articles/155");
        assertThat(header(get("/articles/155"))).isEqualTo("HIT");
        notifyFromOther(new BusMessage("othernode", BusMessage.Kind.ARTICLE, 1, 155,
                java.util.Set.of("article:155")).encode());
        await().atMost(Duration.ofSeconds(1)).until(() -> "MISS".equals(header(get("/articles/155"))));
    }

    private static String message(String node, String tag) {
        return new BusMessage(node, BusMessage.Kind.ARTICLE, 1, 1, java.util.Set.of(tag)).encode();
    }

    private long sectionId(String slug) {
        return sections.findBySlug(slug).orElseThrow().id();
    }

    private long draft(String headline) {
        return lifecycle.createDraft(new ArticleDraft(sectionId("society"), headline, null, "<p>" + headline + "</p>", null, null, null,
                null, List.of()), "테스트");
    }

    private List<String> receive(int atLeast) throws SQLException {
        List<String> payloads = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 3_000;
        while (payloads.size() < atLeast && System.currentTimeMillis() < deadline) {
            PGNotification[] notifications = other.unwrap(PGConnection.class).getNotifications(200);
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    payloads.add(n.getParameter());
                }
            }
        }
        return payloads;
    }

    private void notifyFromOther(String payload) throws SQLException {
        try (var statement = other.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, channel.channel());
            statement.setString(2, payload);
            statement.execute();
        }
    }

    private int readiness() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("User-Agent", "ClusterBusTests robot").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("X-Cache").orElse("none");
    }
}
