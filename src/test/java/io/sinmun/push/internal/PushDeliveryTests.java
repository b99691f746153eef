package io.sinmun.push.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.sinmun.article.ArticleDraft;
import io.sinmun.newsroom.Account;
import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.Desk;
import io.sinmun.newsroom.Role;
import io.sinmun.newsroom.Staff;
import io.sinmun.push.internal.PushDeliveries.Report;
import io.sinmun.push.internal.TestPushService.Received;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sending end to end against a push service inside the test: the message arrives encrypted for
 * each subscription (decrypted here with test-side code), signed with the site's VAPID key, with
 * TTL, Urgency and Topic; only matching subscriptions get it; gone subscriptions are deleted;
 * Retry-After is honoured; a service that never answers holds up nobody else.
 */
@SpringBootTest(properties = { "sinmun.test.context=push-delivery", "sinmun.push.allow-loopback=true",
        "sinmun.push.max-subscriptions-per-client=1000", "sinmun.push.concurrency=4",
        "sinmun.push.request-timeout=1s", "sinmun.push.lease=3s", "sinmun.push.backoff=200ms",
        "sinmun.push.max-attempts=3", "sinmun.push.poll-interval=100ms" })
@AutoConfigureMockMvc
class PushDeliveryTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired Desk desk;
    @Autowired Accounts accounts;
    @Autowired Sections sections;
    @Autowired PushKeys keys;
    @Autowired PushDeliveries deliveries;
    @Autowired JdbcClient jdbc;

    private TestPushService service;
    private Staff editor;

    @BeforeEach
    void start() throws Exception {
        service = new TestPushService();
        // every test starts from no subscriptions, so counts are this test's own
        jdbc.sql("delete from push_subscription").update();
        Account account = accounts.create("test", "pushdesk" + SEQUENCE.incrementAndGet(), "푸시 데스크", null,
                Role.EDITOR, "Hanam-river-2026!");
        editor = Staff.of(account);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void eachMatchingSubscriptionGetsTheNotificationEncryptedForItAndSignedByTheSite() throws Exception {
        List<Section> all = sections.all();
        Section politics = all.get(0);
        Section other = all.get(1);
        UserAgent everything = subscribe("everything", "{\"all\": true}");
        UserAgent breakingOnly = subscribe("breaking-only", "{\"breaking\": true}");
        UserAgent sectionReader = subscribe("section-reader", "{\"sections\": [\"" + politics.slug() + "\"]}");
        subscribe("other-section", "{\"sections\": [\"" + other.slug() + "\"]}");

        long number = publish(politics, "하남시, 비대면 자매도시 교류 확대", true, false);

        await().atMost(Duration.ofSeconds(10)).until(() -> service.received().size() >= 2);
        Thread.sleep(300); // nothing else may arrive
        assertThat(service.received()).extracting(Received::name)
                .containsExactlyInAnyOrder("everything", "section-reader");
        byte[] serverKey = Base64.getUrlDecoder().decode(keys.publicKeyBase64());
        for (Received request : service.received()) {
            JsonNode claims = service.verifyVapid(request, serverKey);
            assertThat(claims.get("sub").asString()).matches("(mailto:|https?://).+");
            assertThat(request.header("Content-Encoding")).isEqualTo("aes128gcm");
            assertThat(request.header("Urgency")).isEqualTo("normal");
            assertThat(request.header("Topic")).isEqualTo("article-" + number);
            assertThat(Long.parseLong(request.header("TTL"))).isBetween(86_000L, 86_400L);
            UserAgent receiver = request.name().equals("everything") ? everything : sectionReader;
            JsonNode message = JSON.readTree(receiver.decrypt(request.body()));
            assertThat(message.get("title").asString()).isEqualTo("하남시, 비대면 자매도시 교류 확대");
            assertThat(message.get("url").asString()).endsWith("/articles/" + number);
            assertThat(message.get("tag").asString()).isEqualTo("article-" + number);
            assertThat(message.get("icon").asString()).endsWith("/icons/icon-192.png");
            assertThat(message.get("breaking").asBoolean()).isFalse();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> report(number).delivered() == 2);
        Report report = report(number);
        assertThat(report.targeted()).isEqualTo(2);
        assertThat(report.failed() + report.expired() + report.pending()).isZero();

        // breaking news also reaches those who asked for breaking news only, marked as urgent
        long breaking = publish(other, "속보: 미사대교 통행 제한", false, true);
        await().atMost(Duration.ofSeconds(10)).until(() -> report(breaking).delivered() == 3);
        List<Received> second = service.received().stream().filter(r -> r.header("Topic").equals("article-" + breaking))
                .toList();
        assertThat(second).extracting(Received::name)
                .containsExactlyInAnyOrder("everything", "breaking-only", "other-section");
        Received toBreakingOnly = second.stream().filter(r -> r.name().equals("breaking-only")).findFirst().orElseThrow();
        assertThat(toBreakingOnly.header("Urgency")).isEqualTo("high");
        assertThat(JSON.readTree(breakingOnly.decrypt(toBreakingOnly.body())).get("title").asString())
                .isEqualTo("[속보] 속보: 미사대교 통행 제한");
    }

    @Test
    void aSubscriptionThePushServiceCallsGoneIsDeletedAndCountedAsExpired() throws Exception {
        Section section = sections.all().get(0);
        subscribe("gone-404", "{\"all\": true}");
        subscribe("gone-410", "{\"all\": true}");
        subscribe("alive", "{\"all\": true}");
        service.script("gone-404", TestPushService.reply(404));
        service.script("gone-410", TestPushService.reply(410));

        long number = publish(section, "구독 정리 시험", true, false);

        await().atMost(Duration.ofSeconds(10)).until(() -> report(number).pending() == 0);
        Report report = report(number);
        assertThat(report.delivered()).isEqualTo(1);
        assertThat(report.expired()).isEqualTo(2);
        assertThat(jdbc.sql("select endpoint from push_subscription").query(String.class).list())
                .containsExactly(service.endpoint("alive"));
        assertThat(service.receivedBy("gone-404")).hasSize(1);
    }

    @Test
    void tooManyRequestsIsRetriedNoSoonerThanRetryAfterAndServerErrorsWithBackoff() throws Exception {
        Section section = sections.all().get(0);
        subscribe("busy", "{\"all\": true}");
        subscribe("broken", "{\"all\": true}");
        subscribe("refusing", "{\"all\": true}");
        service.script("busy", TestPushService.reply(429, "Retry-After", "2"));
        service.script("broken", TestPushService.reply(503), TestPushService.reply(502));
        service.script("refusing", TestPushService.reply(400), TestPushService.reply(201));

        long number = publish(section, "재시도 시험", true, false);

        await().atMost(Duration.ofSeconds(15)).until(() -> report(number).pending() == 0);
        List<Received> busy = service.receivedBy("busy");
        assertThat(busy).hasSize(2);
        assertThat(Duration.between(busy.get(0).at(), busy.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1950));
        assertThat(service.receivedBy("broken")).hasSize(3);
        assertThat(service.receivedBy("refusing")).as("a 400 is not retried").hasSize(1);
        Report report = report(number);
        assertThat(report.delivered()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(1);
    }

    @Test
    void aPushServiceThatNeverAnswersHoldsUpNobodyElse() throws Exception {
        Section section = sections.all().get(0);
        // more hanging services than... no: one hangs, and the other readers still get theirs at once
        subscribe("hanging", "{\"all\": true}");
        for (int i = 0; i < 12; i++) {
            subscribe("quick-" + i, "{\"all\": true}");
        }
        service.hang("hanging");

        long number = publish(section, "느린 푸시 서비스 시험", true, false);

        await().atMost(Duration.ofSeconds(3)).until(() -> report(number).delivered() == 12);
        // the hanging one times out after 1 s per attempt and fails after 3 attempts
        await().atMost(Duration.ofSeconds(20)).until(() -> report(number).failed() == 1);
        assertThat(service.receivedBy("hanging")).hasSize(3);
        assertThat(jdbc.sql("select last_error from push_delivery d join push_message m on m.id = d.message_id "
                + "where m.article_number = :n and d.state = 'FAILED'").param("n", number).query(String.class).single())
                .contains("시간 초과");
    }

    @Test
    void theNewsroomSeesEachPushWithItsCountsAndReadersDoNot() throws Exception {
        subscribe("report-reader", "{\"all\": true}");
        long number = publish(sections.all().get(0), "푸시 보고 시험 기사", true, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> report(number).delivered() == 1);

        assertThat(mvc.perform(get("/admin/push")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                .param("username", editor.username()).param("password", "Hanam-river-2026!")).andReturn()
                .getRequest().getSession(false);
        MockHttpServletResponse page = mvc.perform(get("/admin/push").session(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains("푸시 발송", "푸시 보고 시험 기사", "대상", "전달", "실패", "만료");
        assertThat(html).containsPattern("푸시 보고 시험 기사</a></td>\\s*<td class=\"nr-num\">1</td>\\s*<td class=\"nr-num\">1</td>");
    }

    private UserAgent subscribe(String name, String topics) throws Exception {
        UserAgent agent = UserAgent.create();
        int status = mvc.perform(post("/api/v1/push/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .content(agent.subscriptionJson(service.endpoint(name), topics))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
        return agent;
    }

    private long publish(Section section, String headline, boolean push, boolean breaking) {
        long id = desk.create(editor, new ArticleDraft(section.id(), headline, "부제: " + headline,
                "<p>" + headline + "</p>", null, null, null, null, List.of())).article().id();
        return desk.publish(editor, id, push, breaking).number();
    }

    private Report report(long number) {
        return deliveries.recent(50).stream().filter(r -> r.number() == number).findFirst().orElseThrow();
    }
}
