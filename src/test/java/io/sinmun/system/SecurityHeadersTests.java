package io.sinmun.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

    @Autowired MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = { "/", "/articles/160", "/login", "/articles/99999", "/css/site.css" })
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Strict-Transport-Security")).as("not over plain HTTP").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/login" })
    void overHttpsTheBrowserIsToldToStayOnHttps(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).secure(true)).andReturn().getResponse();
        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/articles/160", "/login" })
    void pagesCarryNoInlineScript(String path) throws Exception {
        String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        // a JSON-LD data block is never executed, so it is no inline script (the browser test checks the CSP agrees)
        assertThat(doc.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
        assertThat(doc.select("script[src]").eachAttr("src")).allMatch(src -> src.matches("/[^/].*"));
        assertThat(doc.select("[style]")).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
    }
}
