package io.sinmun.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.sinmun.newsroom.Account;
import io.sinmun.newsroom.Role;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every newsroom endpoint for an anonymous visitor, a reporter, an editor and an admin. "LOGIN"
 * is the redirect to the login form, "403" a refusal, "OK" a request let through (2xx, or a
 * redirect back into the newsroom). The article used is someone else's, so a reporter may look
 * but not touch.
 */
@SpringBootTest(properties = "sinmun.test.context=newsroom") // its own database: it publishes articles
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsroomAuthorizationTests {

    @Autowired MockMvc mvc;
    @Autowired NewsroomFixtures fixtures;

    private Account reporter;
    private Account editor;
    private Account admin;

    @BeforeAll
    void accounts() {
        reporter = fixtures.account(Role.REPORTER);
        editor = fixtures.account(Role.EDITOR);
        admin = fixtures.account(Role.ADMIN);
    }

    record Endpoint(String name, Function<Long, AbstractMockHttpServletRequestBuilder<?>> request, String anonymous,
            String asReporter, String asEditor, String asAdmin) {
    }

    private List<Endpoint> endpoints() {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        return List.of(
                new Endpoint("list", id -> get("/admin/articles"), "LOGIN", "OK", "OK", "OK"),
                new Endpoint("home", id -> get("/admin"), "LOGIN", "OK", "OK", "OK"),
                new Endpoint("new form", id -> get("/admin/articles/new"), "LOGIN", "OK", "OK", "OK"),
                new Endpoint("create", id -> post("/admin/articles").param("headline", "새 기사").param("bodyHtml", "<p>본문</p>"),
                        "LOGIN", "OK", "OK", "OK"),
                new Endpoint("view", id -> get("/admin/articles/" + id), "LOGIN", "OK", "OK", "OK"),
                new Endpoint("save", id -> post("/admin/articles/" + id).param("headline", "고친 제목")
                        .param("bodyHtml", "<p>본문</p>").param("version", "0"), "LOGIN", "403", "OK", "OK"),
                new Endpoint("autosave", id -> post("/admin/articles/" + id + "/autosave").param("headline", "자동")
                        .param("bodyHtml", "<p>본문</p>").param("version", "0"), "LOGIN", "403", "OK", "OK"),
                new Endpoint("submit", id -> post("/admin/articles/" + id + "/submit"), "LOGIN", "403", "OK", "OK"),
                new Endpoint("return", id -> post("/admin/articles/" + id + "/return"), "LOGIN", "403", "OK", "OK"),
                new Endpoint("publish", id -> post("/admin/articles/" + id + "/publish"), "LOGIN", "403", "OK", "OK"),
                new Endpoint("schedule", id -> post("/admin/articles/" + id + "/schedule").param("at", "2099-01-01T09:00"),
                        "LOGIN", "403", "OK", "OK"),
                new Endpoint("withdraw", id -> post("/admin/articles/" + id + "/withdraw"), "LOGIN", "403", "OK", "OK"),
                new Endpoint("correct", id -> post("/admin/articles/" + id + "/corrections").param("note", "정정"),
                        "LOGIN", "403", "OK", "OK"),
                new Endpoint("revisions", id -> get("/admin/articles/" + id + "/revisions"), "LOGIN", "OK", "OK", "OK"),
                new Endpoint("revision", id -> get("/admin/articles/" + id + "/revisions/1"), "LOGIN", "OK", "OK", "OK"),
                new Endpoint("restore", id -> post("/admin/articles/" + id + "/revisions/1/restore").param("version", "1"),
                        "LOGIN", "403", "OK", "OK"),
                new Endpoint("upload", id -> multipart("/admin/media")
                        .file(new MockMultipartFile("file", "a.png", "image/png", png)), "LOGIN", "OK", "OK", "OK"),
                new Endpoint("sections", id -> get("/admin/sections"), "LOGIN", "403", "OK", "OK"),
                new Endpoint("add section", id -> post("/admin/sections").param("slug", "s" + id).param("name", "섹션"),
                        "LOGIN", "403", "OK", "OK"),
                new Endpoint("change section", id -> post("/admin/sections/1").param("name", "시정").param("position", "1"),
                        "LOGIN", "403", "OK", "OK"),
                new Endpoint("users", id -> get("/admin/users"), "LOGIN", "403", "403", "OK"),
                new Endpoint("add user", id -> post("/admin/users").param("username", "new" + id)
                        .param("displayName", "새 기자").param("role", "REPORTER").param("password", "Another-long-pass-1"),
                        "LOGIN", "403", "403", "OK"),
                new Endpoint("user", id -> get("/admin/users/" + reporter.id()), "LOGIN", "403", "403", "OK"),
                new Endpoint("change user", id -> post("/admin/users/" + reporter.id()).param("role", "REPORTER")
                        .param("enabled", "true"), "LOGIN", "403", "403", "OK"),
                new Endpoint("reset password", id -> post("/admin/users/" + reporter.id() + "/password")
                        .param("password", NewsroomFixtures.PASSWORD), "LOGIN", "403", "403", "OK"),
                new Endpoint("settings", id -> get("/admin/settings"), "LOGIN", "403", "403", "OK"),
                new Endpoint("save settings", id -> post("/admin/settings").param("siteName", "신도시뉴스"),
                        "LOGIN", "403", "403", "OK"),
                new Endpoint("audit", id -> get("/admin/audit"), "LOGIN", "403", "403", "OK"),
                new Endpoint("my account", id -> get("/admin/account"), "LOGIN", "OK", "OK", "OK"),
                new Endpoint("my password", id -> post("/admin/account/password").param("current", "wrong")
                        .param("password", "x").param("passwordConfirm", "x"), "LOGIN", "OK", "OK", "OK"));
    }

    @Test
    void everyEndpointAnswersEveryRoleAsExpected() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            String[] expected = { endpoint.anonymous(), endpoint.asReporter(), endpoint.asEditor(), endpoint.asAdmin() };
            Account[] who = { null, reporter, editor, admin };
            for (int i = 0; i < who.length; i++) {
                long article = fixtures.draftBy(editor, "데스크의 기사 " + endpoint.name());
                AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().apply(article).with(csrf());
                if (who[i] != null) {
                    request = request.with(authentication(NewsroomFixtures.login(who[i])));
                }
                String actual = outcome(mvc.perform(request).andReturn().getResponse());
                if (!actual.equals(expected[i])) {
                    mismatches.add(endpoint.name() + " as " + (who[i] == null ? "anonymous" : who[i].role())
                            + ": expected " + expected[i] + " but was " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aReporterEditsAndSubmitsTheirOwnDraftButNotAfterSubmitting() throws Exception {
        long own = fixtures.draftBy(reporter, "내 기사");
        var as = authentication(NewsroomFixtures.login(reporter));
        assertThat(outcome(mvc.perform(post("/admin/articles/" + own).param("headline", "내 기사 고침")
                .param("bodyHtml", "<p>본문</p>").param("version", "0").with(csrf()).with(as)).andReturn().getResponse()))
                .isEqualTo("OK");
        assertThat(outcome(mvc.perform(post("/admin/articles/" + own + "/submit").with(csrf()).with(as)).andReturn()
                .getResponse())).isEqualTo("OK");
        assertThat(outcome(mvc.perform(post("/admin/articles/" + own).param("headline", "송고 뒤 고침")
                .param("bodyHtml", "<p>본문</p>").param("version", "3").with(csrf()).with(as)).andReturn().getResponse()))
                .isEqualTo("403");
        assertThat(outcome(mvc.perform(post("/admin/articles/" + own + "/publish").with(csrf()).with(as)).andReturn()
                .getResponse())).isEqualTo("403");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedForEveryone() throws Exception {
        long article = fixtures.draftBy(editor, "CSRF");
        MockHttpServletResponse response = mvc.perform(post("/admin/articles/" + article + "/publish")
                .with(authentication(NewsroomFixtures.login(admin)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    private static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status == 302 && location != null && location.contains("/login")) {
            return "LOGIN";
        }
        if (status == 403) {
            return "403";
        }
        if (status >= 200 && status < 400) {
            return "OK";
        }
        return String.valueOf(status);
    }
}
