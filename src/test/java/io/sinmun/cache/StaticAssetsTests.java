package io.sinmun.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class StaticAssetsTests {

    @Autowired MockMvc mvc;

    @Test
    void pagesLinkFingerprintedFilesThatAreImmutableWhileThePlainNamesStayShort() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/articles/160")).andReturn().getResponse().getContentAsString());
        List<String> links = List.of(page.select("link[rel=stylesheet]").attr("href"), page.select("script[src]").attr("src"),
                page.select("link[rel=icon]").attr("href"), page.select("link[rel=apple-touch-icon]").attr("href"));

        for (String link : links) {
            assertThat(link).matches("/(css|js|img|icons)/[a-z0-9-]+-[0-9a-f]{32}\\.(css|js|svg|png)");
            MockHttpServletResponse response = mvc.perform(get(link)).andReturn().getResponse();
            assertThat(response.getStatus()).as(link).isEqualTo(200);
            assertThat(response.getHeader("Cache-Control")).as(link).isEqualTo("public, max-age=31536000, immutable");
            String plain = link.replaceFirst("-[0-9a-f]{32}\\.", ".");
            MockHttpServletResponse plainResponse = mvc.perform(get(plain)).andReturn().getResponse();
            assertThat(plainResponse.getContentAsByteArray()).isEqualTo(response.getContentAsByteArray());
            assertThat(plainResponse.getHeader("Cache-Control")).as(plain).isEqualTo("max-age=3600");
        }
        // the fingerprint is the content's: a made-up one is not served
        assertThat(mvc.perform(get("/css/site-00000000000000000000000000000000.css")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        // the service worker and the manifest keep their names and short lives
        assertThat(page.select("link[rel=manifest]").attr("href")).isEqualTo("/manifest.webmanifest");
        assertThat(mvc.perform(get("/sw.js")).andReturn().getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(mvc.perform(get("/js/site.js")).andReturn().getResponse().getContentAsString()).contains("'/sw.js'");
    }
}
