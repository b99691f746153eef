package io.sinmun.push.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.sinmun.SinmunApplication;
import io.sinmun.article.ArticleDraft;
import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.Desk;
import io.sinmun.newsroom.Role;
import io.sinmun.newsroom.Staff;
import io.sinmun.push.internal.PushDeliveries.Due;
import io.sinmun.section.Sections;
import io.sinmun.system.SeoulTime;
import io.sinmun.testing.TestDataDirectory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing lost, nothing twice, across failures and restarts: a fan-out that failed is redone at
 * the next start from the event registry; deliveries a dead node had claimed are sent by the next
 * one once its lease ran out, never one another live node holds; two claimers never get the same
 * row. Runs on H2 and on PostgreSQL.
 */
abstract class PushOutboxContract {

    private TestPushService service;
    private Path dir;

    abstract Map<String, Object> database();

    @BeforeEach
    void start() throws Exception {
        service = new TestPushService();
        dir = TestDataDirectory.create();
    }

    @AfterEach
    void stop() {
        service.close();
        TestDataDirectory.delete(dir);
    }

    @Test
    void aFanOutThatFailedIsRedoneAfterARestartAndNobodyGetsItTwice() {
        long number;
        try (ConfigurableApplicationContext first = run(true)) {
            subscribe(first, "a", "b", "c");
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            // the fan-out's table is away (think: a failing disk or a lost connection) when the desk publishes
            jdbc.sql("alter table push_message rename to push_message_away").update();
            number = publish(first);
            await().atMost(Duration.ofSeconds(10)).until(() -> incompletePublications(jdbc) > 0);
            jdbc.sql("alter table push_message_away rename to push_message").update();
            assertThat(messages(jdbc)).isZero();
        }
        assertThat(service.received()).isEmpty();

        try (ConfigurableApplicationContext second = run(true)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> service.received().size() == 3);
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> delivered(jdbc, number) == 3);
            assertThat(incompletePublications(jdbc)).isZero();
        }
        try (ConfigurableApplicationContext third = run(true)) {
            sleep(1500);
            assertThat(messages(third.getBean(JdbcClient.class))).isEqualTo(1);
        }
        assertThat(service.received()).extracting(TestPushService.Received::name)
                .containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void claimsOfADeadNodeAreSentOnceTheirLeaseRanOutButNeverALiveNodesClaim() {
        long number;
        try (ConfigurableApplicationContext first = run(false)) {
            subscribe(first, "pending", "dead-1", "dead-2", "held");
            number = publish(first);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(jdbc, number) == 4);
            // what a node killed in the middle of sending leaves behind, and one another node holds now
            claim(jdbc, "dead-1", "dead-node", Instant.now().minusSeconds(5));
            claim(jdbc, "dead-2", "dead-node", Instant.now().minusSeconds(1));
            claim(jdbc, "held", "live-node", Instant.now().plusSeconds(3600));
        }
        try (ConfigurableApplicationContext second = run(true)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> delivered(jdbc, number) == 3);
            sleep(1000);
            assertThat(service.received()).extracting(TestPushService.Received::name)
                    .containsExactlyInAnyOrder("pending", "dead-1", "dead-2");
        }
    }

    @Test
    void twoClaimersAtOnceNeverTakeTheSameDelivery() throws Exception {
        try (ConfigurableApplicationContext app = run(false)) {
            String[] names = new String[200];
            for (int i = 0; i < names.length; i++) {
                names[i] = "r" + i;
            }
            subscribe(app, names);
            long number = publish(app);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(jdbc, number) == 200);
            PushDeliveries deliveries = app.getBean(PushDeliveries.class);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<Long>>> claims = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    Callable<List<Long>> claimer = () -> {
                        List<Long> mine = new ArrayList<>();
                        for (List<Due> batch; !(batch = deliveries.claim(7, Instant.now(),
                                Instant.now().plusSeconds(60))).isEmpty(); ) {
                            batch.forEach(due -> mine.add(due.id()));
                        }
                        return mine;
                    };
                    claims.add(pool.submit(claimer));
                }
                List<Long> all = new ArrayList<>();
                for (Future<List<Long>> claim : claims) {
                    all.addAll(claim.get());
                }
                Set<Long> distinct = new HashSet<>(all);
                assertThat(all).hasSize(200);
                assertThat(distinct).hasSize(200);
            }
            finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void claimedRowsGivenBackAreClaimableAtOnceAsIfNeverTried() {
        try (ConfigurableApplicationContext app = run(false)) {
            subscribe(app, "g1", "g2", "g3");
            long number = publish(app);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(jdbc, number) == 3);
            PushDeliveries deliveries = app.getBean(PushDeliveries.class);
            List<Due> claimed = deliveries.claim(10, Instant.now(), Instant.now().plusSeconds(3600));
            assertThat(claimed).hasSize(3).allSatisfy(due -> assertThat(due.attempts()).isEqualTo(1));
            assertThat(deliveries.claim(10, Instant.now(), Instant.now().plusSeconds(3600))).isEmpty();

            // a stale claim token gives nothing back: only the holder may release its rows
            Due foreign = claimed.get(0);
            deliveries.release(List.of(new Due(foreign.id(), "someone-else", foreign.claimedUntil(),
                    foreign.subscriptionId(), foreign.attempts(), foreign.endpoint(), foreign.p256dh(), foreign.auth(),
                    foreign.payload(), foreign.topic(), foreign.urgency(), foreign.ttlSeconds(),
                    foreign.messageCreatedAt())), Instant.now());
            assertThat(deliveries.claim(10, Instant.now(), Instant.now().plusSeconds(3600))).isEmpty();

            deliveries.release(claimed, Instant.now());
            assertThat(deliveries.claim(10, Instant.now(), Instant.now().plusSeconds(3600)))
                    .extracting(Due::id, Due::attempts)
                    .containsExactlyInAnyOrderElementsOf(claimed.stream().map(d -> org.assertj.core.groups.Tuple
                            .tuple(d.id(), 1)).toList());
        }
    }

    private ConfigurableApplicationContext run(boolean send) {
        Map<String, Object> properties = new HashMap<>(database());
        properties.put("sinmun.data-dir", dir.toString());
        properties.put("sinmun.demo", "false");
        properties.put("sinmun.push.allow-loopback", "true");
        properties.put("sinmun.push.sender-enabled", Boolean.toString(send));
        properties.put("sinmun.push.poll-interval", "100ms");
        properties.put("sinmun.push.request-timeout", "1s");
        properties.put("sinmun.push.lease", "2s");
        return new SpringApplicationBuilder(SinmunApplication.class).web(WebApplicationType.NONE)
                .properties(properties).run();
    }

    private void subscribe(ConfigurableApplicationContext app, String... names) {
        PushSubscriptions subscriptions = app.getBean(PushSubscriptions.class);
        for (String name : names) {
            UserAgent agent = UserAgent.create();
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            subscriptions.subscribe(new SubscriptionRequest(service.endpoint(name),
                    new SubscriptionRequest.Keys(b64.encodeToString(agent.publicKey), b64.encodeToString(agent.auth)),
                    new SubscriptionRequest.Topics(true, null, null)), "client-" + name);
        }
    }

    private static long publish(ConfigurableApplicationContext app) {
        Sections sections = app.getBean(Sections.class);
        long sectionId = sections.all().isEmpty() ? sections.create("local", "지역").id() : sections.all().get(0).id();
        Staff editor = Staff.of(app.getBean(Accounts.class).create("test", "outbox-editor", "편집자", null, Role.EDITOR,
                "Hanam-river-2026!"));
        Desk desk = app.getBean(Desk.class);
        long id = desk.create(editor, new ArticleDraft(sectionId, "재시작 뒤에도 한 번만", null, "<p>본문</p>", null, null,
                null, null, List.of())).article().id();
        return desk.publish(editor, id, true, false).number();
    }

    private void claim(JdbcClient jdbc, String name, String claim, Instant until) {
        jdbc.sql("""
                update push_delivery set state = 'SENDING', claim = :claim, claimed_until = :until, attempts = 1
                where subscription_id = (select id from push_subscription where endpoint = :endpoint)
                """).param("claim", claim).param("until", SeoulTime.jdbc(until))
                .param("endpoint", service.endpoint(name)).update();
    }

    private static long incompletePublications(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                .single();
    }

    private static long messages(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from push_message").query(Long.class).single();
    }

    private static long deliveries(JdbcClient jdbc, long number) {
        return jdbc.sql("select count(*) from push_delivery d join push_message m on m.id = d.message_id "
                + "where m.article_number = :n").param("n", number).query(Long.class).single();
    }

    private static long delivered(JdbcClient jdbc, long number) {
        return jdbc.sql("select count(*) from push_delivery d join push_message m on m.id = d.message_id "
                + "where m.article_number = :n and d.state = 'DELIVERED'").param("n", number).query(Long.class).single();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
