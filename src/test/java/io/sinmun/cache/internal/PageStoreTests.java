package io.sinmun.cache.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.util.unit.DataSize;

class PageStoreTests {

    private final PageStore store = new PageStore(
            new PageCacheProperties(true, DataSize.ofMegabytes(1), Duration.ofMinutes(1), Duration.ofMinutes(1),
                    false));

    @Test
    void anInvalidationDropsOnlyThePagesThatReadATag() {
        store.store("a", page("article:1", "list:all"), store.begin());
        store.store("b", page("article:2", "list:all"), store.begin());
        store.store("c", page("article:3", "list:7"), store.begin());

        store.invalidate(Set.of("article:1"));
        assertThat(store.get("a")).isNull();
        assertThat(store.get("b")).isNotNull();

        store.invalidate(Set.of("list:all", "list:9"));
        assertThat(store.get("b")).isNull();
        assertThat(store.get("c")).isNotNull();
        store.invalidateAll();
        assertThat(store.get("c")).isNull();
    }

    @Test
    void aRenderThatBeganBeforeAnInvalidationOfWhatItReadIsNotStored() {
        long begun = store.begin();
        store.invalidate(Set.of("article:5"));

        assertThat(store.store("stale", page("article:5"), begun)).isFalse();
        assertThat(store.get("stale")).isNull();
        assertThat(store.store("unrelated", page("article:6"), begun)).isTrue();
        assertThat(store.store("fresh", page("article:5"), store.begin())).isTrue();

        long beforeAll = store.begin();
        store.invalidateAll();
        assertThat(store.store("late", page("article:6"), beforeAll)).isFalse();
    }

    @Test
    void storedBytesAreBounded() {
        for (int i = 0; i < 100; i++) {
            store.store("big-" + i, new CachedPage("text/html", List.of(), new byte[50_000], null, "\"e\"", "\"e-gz\"",
                    0, Set.of(), Duration.ofMinutes(1)), store.begin());
        }
        assertThat(store.size()).isLessThanOrEqualTo(20); // 1 MB of 50 kB pages
    }

    @Test
    void onlyALiveNewsroomLoginBypasses() {
        MockHttpServletRequest none = new MockHttpServletRequest();
        assertThat(NewsroomSessions.isLoggedIn(none)).isFalse();

        MockHttpServletRequest anonymous = withSession(new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(NewsroomSessions.isLoggedIn(anonymous)).isFalse();

        MockHttpServletRequest editor = withSession(UsernamePasswordAuthenticationToken.authenticated("desk", null,
                AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
        assertThat(NewsroomSessions.isLoggedIn(editor)).isTrue();

        MockHttpServletRequest madeUp = new MockHttpServletRequest();
        madeUp.setRequestedSessionId("0123456789ABCDEF");
        assertThat(NewsroomSessions.isLoggedIn(madeUp)).isFalse(); // no such session on this server
    }

    private static MockHttpServletRequest withSession(org.springframework.security.core.Authentication authentication) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        request.setSession(session);
        request.setRequestedSessionId(session.getId());
        return request;
    }

    private static CachedPage page(String... tags) {
        return new CachedPage("text/html", List.of(), new byte[10], null, "\"e\"", "\"e-gz\"", 0, Set.of(tags),
                Duration.ofMinutes(1));
    }
}
