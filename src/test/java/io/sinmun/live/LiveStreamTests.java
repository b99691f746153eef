package io.sinmun.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.live.SseReader.Message;
import io.sinmun.section.Sections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The live stream over real connections: the log, replay, filters, refusals, heartbeats and fan-out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sinmun.test.context=live", "sinmun.live.heartbeat=300ms", "sinmun.live.poll=300ms",
        "sinmun.live.client-queue=32", "sinmun.scheduling.initial-delay=1h" })
class LiveStreamTests {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ArticleLifecycle lifecycle;
    @Autowired Sections sections;
    @Autowired LiveEvents live;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;

    @Test
    void theLogIsWrittenInThePublishingTransaction() {
        long rolledBack = draft("롤백될 기사", "society");
        transactions.executeWithoutResult(status -> {
            lifecycle.publish(rolledBack, false, true);
            assertThat(rows(rolledBack)).as("visible inside the transaction").containsExactly("article.published", "breaking");
            status.setRollbackOnly();
        });
        assertThat(rows(rolledBack)).isEmpty();

        long committed = draft("커밋될 속보", "society");
        lifecycle.publish(committed, false, true);
        assertThat(rows(committed)).containsExactly("article.published", "breaking");
        lifecycle.withdraw(committed);
        assertThat(rows(committed)).containsExactly("article.published", "breaking", "article.withdrawn");
    }

    @Test
    void aReconnectingClientGetsWhatItMissedThenLiveEventsWithoutGapOrDuplicate() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (String headline : List.of("첫째 기사", "둘째 기사", "셋째 기사")) {
            long article = draft(headline, "economy");
            lifecycle.publish(article, false, false);
            ids.add(eventId(article));
        }
        try (SseReader stream = new SseReader(port, "/api/v1/stream", Map.of("Last-Event-ID", ids.get(0).toString()))) {
            assertThat(stream.contentType()).startsWith("text/event-stream");
            Message second = stream.next(WAIT);
            Message third = stream.next(WAIT);
            assertThat(List.of(second.id(), third.id())).containsExactly(ids.get(1).toString(), ids.get(2).toString());
            assertThat(data(second).get("headline").asText()).isEqualTo("둘째 기사");
            assertThat(second.event()).isEqualTo("article.published");
            assertThat(stream.retry()).matches("[0-9]+");

            long fourth = draft("넷째 기사", "economy");
            lifecycle.publish(fourth, false, false);
            Message live = stream.next(WAIT);
            assertThat(live.id()).isEqualTo(String.valueOf(eventId(fourth)));
            JsonNode payload = data(live);
            assertThat(payload.get("headline").asText()).isEqualTo("넷째 기사");
            assertThat(payload.get("section").asText()).isEqualTo("economy");
            assertThat(payload.get("path").asText()).isEqualTo("/articles/" + payload.get("number").asLong());
            assertThat(payload.has("publishedAt")).isTrue();
            assertThat(stream.next(Duration.ofMillis(800))).as("nothing twice").isNull();
        }
        try (SseReader stream = new SseReader(port, "/api/v1/stream?lastEventId=" + ids.get(1), Map.of())) {
            assertThat(stream.next(WAIT).id()).as("the parameter works too").isEqualTo(ids.get(2).toString());
        }
    }

    @Test
    void theSectionFilterKeepsOtherSectionsOutButNotBreakingNews() throws Exception {
        try (SseReader stream = new SseReader(port, "/api/v1/stream?section=culture", Map.of())) {
            await().until(() -> live.openStreams() >= 1);
            lifecycle.publish(draft("사회면 기사", "society"), false, false);
            long culture = draft("문화면 기사", "culture");
            lifecycle.publish(culture, false, false);
            Message first = stream.next(WAIT);
            assertThat(first.id()).isEqualTo(String.valueOf(eventId(culture)));

            lifecycle.publish(draft("사회면 속보", "society"), false, true);
            Message breaking = stream.next(WAIT);
            assertThat(breaking.event()).isEqualTo("breaking");
            assertThat(data(breaking).get("headline").asText()).isEqualTo("사회면 속보");
        }
    }

    @Test
    void badInputIsRefusedWithProblemJson() throws Exception {
        for (String[] request : List.of(new String[] { "/api/v1/stream?section=nowhere", null },
                new String[] { "/api/v1/stream", "12abc" }, new String[] { "/api/v1/stream", "-1" },
                new String[] { "/api/v1/stream?lastEventId=99999999999999999999", null },
                new String[] { "/api/v1/stream?section=%3Cscript%3E", null })) {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + request[0])
                    .toURL().openConnection();
            if (request[1] != null) {
                connection.setRequestProperty("Last-Event-ID", request[1]);
            }
            assertThat(connection.getResponseCode()).as(String.join(" ", request[0], String.valueOf(request[1])))
                    .isEqualTo(400);
            assertThat(connection.getContentType()).startsWith("application/problem+json");
            String body = new String(connection.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(JSON.readTree(body).get("detail").asText()).matches(".*[가-힣].*").doesNotContain("<script>");
        }
    }

    @Test
    void heartbeatsKeepTheStreamAlive() throws Exception {
        try (SseReader stream = new SseReader(port, "/api/v1/stream", Map.of())) {
            await().atMost(WAIT).until(() -> stream.comments() >= 2);
        }
    }

    @Test
    void anIdOlderThanTheLogGetsWhatIsLeftAndAReload() throws Exception {
        long first = draft("곧 지워질 기사", "society");
        lifecycle.publish(first, false, false);
        long second = draft("남아 있는 기사", "society");
        lifecycle.publish(second, false, false);
        long firstId = eventId(first);
        jdbc.sql("delete from live_event where id <= :id").param("id", firstId).update(); // as the pruning job would
        try (SseReader stream = new SseReader(port, "/api/v1/stream", Map.of("Last-Event-ID", String.valueOf(firstId - 1)))) {
            assertThat(stream.next(WAIT).id()).isEqualTo(String.valueOf(eventId(second)));
            Message reload = stream.next(WAIT);
            assertThat(reload.event()).isEqualTo("reload");
            assertThat(reload.id()).isNull();
            assertThat(data(reload).get("reason").asText()).isEqualTo("expired");
        }
        try (SseReader stream = new SseReader(port, "/api/v1/stream", Map.of("Last-Event-ID", "987654321"))) {
            assertThat(data(stream.nextOfType("reload", WAIT)).get("reason").asText()).isEqualTo("unknown");
        }
    }

    /** Identity ids can commit out of order; the later-committed lower id must still be sent. */
    @Test
    void anIdThatCommitsAfterAHigherOneIsNotSkipped() throws Exception {
        try (SseReader stream = new SseReader(port, "/api/v1/stream", Map.of());
                Connection slow = dataSource.getConnection(); Connection fast = dataSource.getConnection()) {
            await().until(() -> live.openStreams() >= 1);
            slow.setAutoCommit(false);
            fast.setAutoCommit(false);
            long low = insert(slow, "늦게 커밋된 기사");
            long high = insert(fast, "먼저 커밋된 기사");
            assertThat(high).isGreaterThan(low);
            fast.commit();
            live.catchUp();
            assertThat(stream.next(WAIT).id()).isEqualTo(String.valueOf(high));
            assertThat(live.lastBroadcastId()).isEqualTo(high);

            slow.commit();
            live.catchUp();
            Message late = stream.next(WAIT);
            assertThat(late.id()).isEqualTo(String.valueOf(low));
            assertThat(data(late).get("headline").asText()).isEqualTo("늦게 커밋된 기사");
            live.catchUp();
            assertThat(stream.next(Duration.ofMillis(800))).as("sent once").isNull();
        }
    }

    @Test
    void aThousandClientsAllReceiveAPublish() throws Exception {
        try (SseLoadClient clients = new SseLoadClient("127.0.0.1", port, "/api/v1/stream", 1000)) {
            assertThat(clients.awaitConnected(Duration.ofSeconds(60))).as("connected %d", clients.connected()).isTrue();
            String marker = UUID.randomUUID().toString(); // ASCII: the load client matches bytes, not UTF-8 text
            clients.expect(marker);
            lifecycle.publish(draft("천 명에게 가는 기사 " + marker, "society"), false, false);
            assertThat(clients.awaitMarker(Duration.ofSeconds(30))).as("received %d", clients.received()).isTrue();
            assertThat(clients.markerAt()).hasSize(1000).doesNotContain(0L);
        }
        await().atMost(WAIT).until(() -> live.openStreams() == 0);
    }

    /** A client that stops reading fills its socket, then its queue, and is dropped; the others never wait for it. */
    @Test
    void aClientThatNeverReadsDoesNotHoldUpTheOthers() throws Exception {
        await().atMost(WAIT).until(() -> live.openStreams() == 0);
        try (Socket stuck = new Socket(); SseReader reader = new SseReader(port, "/api/v1/stream", Map.of())) {
            stuck.setReceiveBufferSize(1024);
            stuck.connect(new InetSocketAddress("127.0.0.1", port));
            OutputStream out = stuck.getOutputStream();
            out.write(("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().atMost(WAIT).until(() -> live.openStreams() == 2);

            String filler = "가".repeat(1200); // ~3.6 KB per event
            long last = 0;
            for (int round = 0; round < 400 && live.openStreams() == 2; round++) {
                try (Connection connection = dataSource.getConnection()) {
                    for (int i = 0; i < 10; i++) {
                        last = insert(connection, "채우기 " + filler);
                    }
                }
                live.catchUp();
            }
            long lastId = last;
            await().atMost(WAIT).until(() -> live.openStreams() == 1);
            Message seen;
            do {
                seen = reader.next(WAIT);
            }
            while (seen != null && !seen.id().equals(String.valueOf(lastId)));
            assertThat(seen).as("the reading client got everything, up to the last").isNotNull();
            InputStream in = stuck.getInputStream();
            assertThat(in).isNotNull(); // the stuck client reads nothing; the server already let it go
        }
    }

    private long draft(String headline, String section) {
        Long sectionId = sections.findBySlug(section).orElseThrow().id();
        return lifecycle.createDraft(new ArticleDraft(sectionId, headline, null, "<p>본문</p>", null, null, null, null,
                List.of()), "테스트");
    }

    private List<String> rows(long articleId) {
        return jdbc.sql("select type from live_event where article_id = :id order by id").param("id", articleId)
                .query(String.class).list();
    }

    private long eventId(long articleId) {
        return jdbc.sql("select min(id) from live_event where article_id = :id and type = 'article.published'")
                .param("id", articleId).query(Long.class).single();
    }

    private static JsonNode data(Message message) {
        return JSON.readTree(message.data());
    }

    /** A row as the recorder writes it, on a connection of the test's choosing (to commit out of order). */
    private static long insert(Connection connection, String headline) throws Exception {
        String payload = JSON.writeValueAsString(Map.of("number", 9999, "headline", headline, "section", "society",
                "path", "/articles/9999"));
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into live_event (type, article_id, article_number, section_slug, headline, payload, created_at)
                values ('article.updated', 0, 9999, 'society', ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, headline.substring(0, Math.min(headline.length(), 400)));
            insert.setString(2, payload);
            insert.setObject(3, OffsetDateTime.now());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
