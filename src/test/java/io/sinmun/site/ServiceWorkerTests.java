package io.sinmun.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What the service worker needs from the server; its behaviour in a browser is in PwaBrowserTests. */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceWorkerTests {

    @Autowired MockMvc mvc;

    @Test
    void theServiceWorkerIsAlwaysRevalidatedSoAReleaseReachesReadersAtOnce() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/sw.js")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/javascript");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.getContentAsString()).contains("const VERSION = ", "'/offline'");
        // other static files keep the hour
        assertThat(mvc.perform(get("/js/site.js")).andReturn().getResponse().getHeader("Cache-Control"))
                .isEqualTo("max-age=3600");
    }

    @Test
    void everyFileTheServiceWorkerPrecachesExists() throws Exception {
        String worker = mvc.perform(get("/sw.js")).andReturn().getResponse().getContentAsString();
        int start = worker.indexOf("const SHELL_FILES = [OFFLINE, ");
        assertThat(start).isPositive();
        assertThat(worker).contains("const OFFLINE = '/offline';");
        List<String> paths = new ArrayList<>(List.of("/offline"));
        Pattern.compile("'(/[^']*)'").matcher(worker.substring(start, worker.indexOf("];", start))).results()
                .forEach(match -> paths.add(match.group(1)));

        assertThat(paths).contains("/css/site.css", "/js/site.js", "/icons/icon-192.png", "/manifest.webmanifest");
        for (String path : paths) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theOfflinePageTellsTheReaderInKoreanAndOffersARetry() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/offline")).andReturn().getResponse();
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select("h1").text()).isEqualTo("인터넷에 연결되어 있지 않습니다");
        assertThat(page.select("a.retry").text()).isEqualTo("다시 시도");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("footer").text()).contains("신도시뉴스(주)");
        assertThat(page.select("script[src]").eachAttr("src")).satisfiesExactly(src -> assertThat(src).matches("/js/site-[0-9a-f]{32}\\.js"));
    }
}
