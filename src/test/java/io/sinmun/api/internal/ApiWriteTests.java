package io.sinmun.api.internal;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.sinmun.newsroom.Account;
import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writing through the API follows exactly the newsroom's rules, with tokens instead of sessions. */
@SpringBootTest(properties = { "sinmun.test.context=api-write", "sinmun.api.rate-limit=40" })
@AutoConfigureMockMvc
class ApiWriteTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "Hanam-river-2026!";
    private static int sequence;

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    private String reporterToken;
    private String editorToken;

    @BeforeEach
    void tokens() {
        sequence++;
        Account reporter = accounts.create("test", "apireporter" + sequence, "API 기자", null, Role.REPORTER, PASSWORD);
        Account editor = accounts.create("test", "apieditor" + sequence, "API 데스크", null, Role.EDITOR, PASSWORD);
        reporterToken = tokens.issue(reporter.id(), "test");
        editorToken = tokens.issue(editor.id(), "test");
    }

    @Test
    void aReporterDraftsAndTheDeskPublishesWithTheSameRulesAsTheNewsroom() throws Exception {
        MockHttpServletResponse created = send(post("/api/v1/articles"), reporterToken, """
                {"headline": "API로 보낸 <b>보도자료</b>", "section": "culture", "tags": ["하남시"],
                 "body": "<p onclick=\\"x()\\">본문</p><script>alert(1)</script>"}
                """);
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode draft = JSON.readTree(created.getContentAsString());
        long id = draft.get("id").asLong();
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/articles/" + id);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("headline").asText()).isEqualTo("API로 보낸 보도자료");
        assertThat(draft.get("reporter").asText()).isEqualTo("API 기자");
        assertThat(draft.get("body").asText()).isEqualTo("<p>본문</p>");
        assertThat(draft.get("removed").toString()).contains("script", "onclick");
        assertThat(draft.get("no").isNull()).isTrue();

        assertThat(send(post("/api/v1/articles/" + id + "/publish"), reporterToken, "{}").getStatus()).isEqualTo(403);
        MockHttpServletResponse published = send(post("/api/v1/articles/" + id + "/publish"), editorToken,
                "{\"push\": true, \"breaking\": false}");
        assertThat(published.getStatus()).isEqualTo(200);
        long number = JSON.readTree(published.getContentAsString()).get("no").asLong();
        assertThat(mvc.perform(get("/api/v1/articles/" + number)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(send(post("/api/v1/articles/" + id + "/publish"), editorToken, "{}").getStatus())
                .as("already published").isEqualTo(422);
        // the desk's push choice reaches the push outbox, breaking news marked as such
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from push_message where "
                + "article_number = :n and breaking = false").param("n", number).query(Long.class).single() == 1);

        long second = JSON.readTree(send(post("/api/v1/articles"), reporterToken,
                "{\"headline\": \"속보 시험\", \"section\": \"culture\", \"body\": \"<p>속보</p>\"}")
                .getContentAsString()).get("id").asLong();
        long breaking = JSON.readTree(send(post("/api/v1/articles/" + second + "/publish"), editorToken,
                "{\"push\": false, \"breaking\": true}").getContentAsString()).get("no").asLong();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from push_message where "
                + "article_number = :n and breaking = true and urgency = 'high'").param("n", breaking)
                .query(Long.class).single() == 1);
    }

    @Test
    void aReporterCannotChangeSomeoneElsesArticleAndAStaleVersionIsAConflict() throws Exception {
        long id = JSON.readTree(send(post("/api/v1/articles"), editorToken, "{\"headline\": \"데스크 기사\", \"body\": \"<p>a</p>\"}")
                .getContentAsString()).get("id").asLong();
        assertThat(send(put("/api/v1/articles/" + id), reporterToken, "{\"headline\": \"가로채기\"}").getStatus())
                .isEqualTo(403);
        assertThat(send(put("/api/v1/articles/" + id), editorToken, "{\"headline\": \"고침\", \"body\": \"<p>b</p>\", \"version\": 0}")
                .getStatus()).isEqualTo(200);
        MockHttpServletResponse stale = send(put("/api/v1/articles/" + id), editorToken,
                "{\"headline\": \"늦은 고침\", \"body\": \"<p>c</p>\", \"version\": 0}");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void badWritesAreProblemsAndStoreNothing() throws Exception {
        assertThat(send(post("/api/v1/articles"), null, "{\"headline\": \"토큰 없음\"}").getStatus()).isEqualTo(401);
        assertThat(send(post("/api/v1/articles"), "snm_not-a-real-token", "{\"headline\": \"가짜\"}").getStatus())
                .isEqualTo(401);
        assertThat(send(post("/api/v1/articles"), reporterToken, "{not json").getStatus()).isEqualTo(400);
        assertThat(send(post("/api/v1/articles"), reporterToken, "{\"headline\": \"\"}").getStatus()).isEqualTo(422);
        assertThat(send(post("/api/v1/articles"), reporterToken, "{\"headline\": \"섹션\", \"section\": \"nope\"}")
                .getStatus()).isEqualTo(400);
        assertThat(send(post("/api/v1/articles"), reporterToken, "{\"headline\": \"사진\", \"images\": [{\"id\": 999999}]}")
                .getStatus()).isEqualTo(422);
    }

    @Test
    void imagesAreUploadedWithTheSameChecks() throws Exception {
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        MockHttpServletResponse ok = mvc.perform(multipart("/api/v1/images")
                .file(new MockMultipartFile("file", "a.png", "image/png", png))
                .header("Authorization", "Bearer " + reporterToken)).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(201);
        assertThat(JSON.readTree(ok.getContentAsString()).get("url").asText()).contains("/media/");
        MockHttpServletResponse php = mvc.perform(multipart("/api/v1/images")
                .file(new MockMultipartFile("file", "a.jpg", "image/jpeg",
                        "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + reporterToken)).andReturn().getResponse();
        assertThat(php.getStatus()).isEqualTo(422);
        assertThat(JSON.readTree(php.getContentAsString()).get("detail").asText()).contains("이미지");
    }

    @Test
    void aRevokedTokenStopsWorkingAndEachTokenIsRateLimited() throws Exception {
        Account account = accounts.findByUsername("apireporter" + sequence).orElseThrow();
        String token = tokens.issue(account.id(), "짧게 쓸 토큰");
        long tokenId = tokens.of(account.id()).stream().filter(t -> t.name().equals("짧게 쓸 토큰")).findFirst()
                .orElseThrow().id();
        int status = 0;
        int sent = 0;
        long started = System.nanoTime();
        MockHttpServletResponse refused = null;
        while (sent < 200 && status != 429) {
            refused = send(put("/api/v1/articles/999999"), token, "{\"headline\": \"x\"}");
            status = refused.getStatus();
            sent++;
        }
        // 40 at once, then 40 a minute: what trickled back in while this loop ran is allowed too
        long refilled = (long) Math.ceil((System.nanoTime() - started) / 1e9 * 40 / 60);
        assertThat(status).isEqualTo(429);
        assertThat(sent).isBetween(41, 41 + (int) refilled);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 2);
        assertThat(tokens.revoke(account.id(), tokenId)).isTrue();
        assertThat(send(post("/api/v1/articles"), token, "{\"headline\": \"취소 뒤\"}").getStatus()).isEqualTo(401);
    }

    private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, String token, String body)
            throws Exception {
        request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
