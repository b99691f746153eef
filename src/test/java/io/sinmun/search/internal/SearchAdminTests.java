package io.sinmun.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.AuditLog;
import io.sinmun.newsroom.Role;
import io.sinmun.search.ArticleSearch;
import io.sinmun.search.SearchDictionary;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The newsroom's dictionary page: administrators only, CSRF, validated input, audited, then a rebuild. */
@SpringBootTest(properties = "sinmun.test.context=search-admin")
@AutoConfigureMockMvc
class SearchAdminTests {

    @Autowired MockMvc mvc;
    @Autowired SearchDictionary dictionary;
    @Autowired ArticleSearch search;
    @Autowired AuditLog audit;
    @Autowired Accounts accounts;
    private static final String PASSWORD = "Hanam-river-2026!";

    @Test
    void onlyAdministratorsSeeThePage() throws Exception {
        assertThat(mvc.perform(get("/admin/search")).andReturn().getResponse().getRedirectedUrl()).contains("/login");
        assertThat(status(get("/admin/search").session(as(Role.REPORTER)))).isEqualTo(403);
        assertThat(status(get("/admin/search").session(as(Role.EDITOR)))).isEqualTo(403);
        MockHttpServletResponse page = mvc.perform(get("/admin/search").session(as(Role.ADMIN)))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("사용자 사전", "국제화추진협의회 국제화 추진 협의회");
        assertThat(status(post("/admin/search/words").param("entry", "풍산동").with(csrf())
                .session(as(Role.REPORTER))))
                .isEqualTo(403);
        assertThat(status(post("/admin/search/reindex").with(csrf()).session(as(Role.EDITOR))))
                .isEqualTo(403);
        assertThat(dictionary.added()).noneMatch(w -> w.word().equals("풍산동"));
    }

    @Test
    void withoutTheCsrfTokenNothingChanges() throws Exception {
        assertThat(status(post("/admin/search/words").param("entry", "덕풍동").session(as(Role.ADMIN))))
                .isEqualTo(403);
        assertThat(dictionary.added()).noneMatch(w -> w.word().equals("덕풍동"));
    }

    @Test
    void anAddedWordIsAuditedAndTheIndexRebuiltWithIt() throws Exception {
        MockHttpSession admin = as(Role.ADMIN);
        long entries = audit.count();
        MockHttpServletResponse response = mvc.perform(post("/admin/search/words")
                .param("entry", "미사강변도시 미사강변 도시").with(csrf()).session(admin))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/search");
        assertThat(dictionary.added()).anyMatch(w -> w.line().equals("미사강변도시 미사강변 도시"));
        assertThat(audit.count()).isEqualTo(entries + 1);
        assertThat(audit.page(1, 1).get(0).action()).isEqualTo("검색 사전 단어 추가");
        await().atMost(Duration.ofSeconds(60)).until(() -> search.rebuilding().isEmpty()
                && search.info().documents() == 20);
        assertThat(new KoreanAnalysis(dictionary.lines()).fingerprint())
                .isNotEqualTo(new KoreanAnalysis(dictionary.shipped()).fingerprint());

        mvc.perform(post("/admin/search/words/delete").param("word", "미사강변도시").with(csrf())
                .session(as(Role.ADMIN)));
        assertThat(dictionary.added()).noneMatch(w -> w.word().equals("미사강변도시"));
        await().atMost(Duration.ofSeconds(60)).until(() -> search.rebuilding().isEmpty());
    }

    @Test
    void badEntriesAreRefusedWithAReasonAndNothingStored() throws Exception {
        for (String bad : new String[] { "", "가", "<script>", "하남시청 하남 시", "국제화 국제화", "a".repeat(31),
                "하남시 하남 시 x", "단어\u0000" }) {
            MockHttpServletResponse response = mvc.perform(post("/admin/search/words").param("entry", bad)
                    .with(csrf()).session(as(Role.ADMIN))).andReturn().getResponse();
            assertThat(response.getRedirectedUrl()).as(bad).isEqualTo("/admin/search");
            assertThat(response.getStatus()).as(bad).isEqualTo(302);
        }
        assertThat(dictionary.added()).isEmpty();
    }

    private final java.util.Map<Role, MockHttpSession> sessions = new java.util.EnumMap<>(Role.class);

    /** A logged-in session of a real account of the role (the newsroom layout shows the account). */
    private MockHttpSession as(Role role) throws Exception {
        MockHttpSession existing = sessions.get(role);
        if (existing != null) {
            return existing;
        }
        String name = "search" + role.name().toLowerCase() + System.nanoTime() % 100000;
        accounts.create("test", name, role.label() + " " + name, null, role, PASSWORD);
        MockHttpSession session = new MockHttpSession();
        var result = mvc.perform(post("/login").param("username", name).param("password", PASSWORD).session(session)
                .with(csrf())).andReturn();
        MockHttpSession loggedIn = (MockHttpSession) result.getRequest().getSession(false);
        sessions.put(role, loggedIn);
        return loggedIn;
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
