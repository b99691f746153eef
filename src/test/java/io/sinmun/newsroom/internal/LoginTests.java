package io.sinmun.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sinmun.newsroom.Account;
import io.sinmun.newsroom.AuditLog;
import io.sinmun.newsroom.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Form login, session fixation, and the throttle: five failures lock a username, and an address, for 15 minutes. */
@SpringBootTest(properties = "sinmun.test.context=newsroom") // its own database: it publishes articles
@AutoConfigureMockMvc
class LoginTests {

    @Autowired MockMvc mvc;
    @Autowired NewsroomFixtures fixtures;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    @Test
    void theRightPasswordLogsInWithANewSession() throws Exception {
        Account account = fixtures.account(Role.REPORTER);
        var result = mvc.perform(loginRequest(account.username(), NewsroomFixtures.PASSWORD, "10.1.0.1")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles");
        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(audit.page(1, 5)).anyMatch(e -> e.action().equals("로그인") && e.actor().equals(account.username()));
    }

    @Test
    void loggingInChangesTheSessionIdSoAPlantedSessionIsUseless() throws Exception {
        Account account = fixtures.account(Role.REPORTER);
        org.springframework.mock.web.MockHttpSession planted = new org.springframework.mock.web.MockHttpSession();
        String before = planted.getId();
        var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", account.username()).param("password", NewsroomFixtures.PASSWORD).session(planted)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(from("10.5.0.1"))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles");
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void fiveFailuresLockTheUsernameEvenForTheRightPasswordUntilTheyAgeOut() throws Exception {
        Account account = fixtures.account(Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            assertThat(login(account.username(), "wrong-password-" + i, "10.2.0." + i).getRedirectedUrl())
                    .isEqualTo("/login?error=bad");
        }
        // a different address: the username itself is locked
        assertThat(login(account.username(), NewsroomFixtures.PASSWORD, "10.2.1.1").getRedirectedUrl())
                .isEqualTo("/login?error=locked");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/login?error=locked")).andReturn().getResponse().getContentAsString()).contains("15분 뒤에");
        assertThat(audit.page(1, 20)).anyMatch(e -> e.action().equals("로그인 차단")
                && e.target().equals(account.username()));

        ageLoginAttempts(16);
        assertThat(login(account.username(), NewsroomFixtures.PASSWORD, "10.2.1.1").getRedirectedUrl())
                .isEqualTo("/admin/articles");
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryone() throws Exception {
        Account victim = fixtures.account(Role.REPORTER);
        for (int i = 0; i < 5; i++) {
            login("nobody" + i, "guess-" + i, "10.3.0.9");
        }
        assertThat(login(victim.username(), NewsroomFixtures.PASSWORD, "10.3.0.9").getRedirectedUrl())
                .isEqualTo("/login?error=locked");
        assertThat(login(victim.username(), NewsroomFixtures.PASSWORD, "10.3.0.10").getRedirectedUrl())
                .isEqualTo("/admin/articles");
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        Account account = fixtures.account(Role.REPORTER);
        jdbc.sql("update newsroom_account set enabled = false where id = :id").param("id", account.id()).update();
        assertThat(login(account.username(), NewsroomFixtures.PASSWORD, "10.4.0.1").getRedirectedUrl())
                .isEqualTo("/login?error=disabled");
    }

    private MockHttpServletResponse login(String username, String password, String address) throws Exception {
        return mvc.perform(loginRequest(username, password, address)).andReturn().getResponse();
    }

    private static org.springframework.test.web.servlet.RequestBuilder loginRequest(String username, String password,
            String address) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", username).param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(from(address));
    }

    private void ageLoginAttempts(int minutes) {
        jdbc.sql("select id, at from newsroom_login").query((rs, n) -> new Object[] { rs.getLong(1),
                rs.getObject(2, java.time.OffsetDateTime.class) }).list()
                .forEach(row -> jdbc.sql("update newsroom_login set at = :at where id = :id")
                        .param("at", ((java.time.OffsetDateTime) row[1]).minusMinutes(minutes)).param("id", row[0])
                        .update());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
