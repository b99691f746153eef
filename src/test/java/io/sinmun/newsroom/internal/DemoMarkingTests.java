package io.sinmun.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.sinmun.newsroom.Role;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** On the demo paper, the newsroom's list says which articles are demo content. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoMarkingTests {

    @Autowired MockMvc mvc;
    @Autowired NewsroomFixtures fixtures;

    @Test
    void demoArticlesAreMarkedInTheNewsroom() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/admin/articles")
                .with(authentication(NewsroomFixtures.login(fixtures.account(Role.EDITOR)))))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".nr-warn").text()).contains("데모 기사 20건");
        assertThat(page.select(".nr-table tbody tr")).hasSize(20)
                .allSatisfy(row -> assertThat(row.select(".st-demo").text()).isEqualTo("데모"));
    }
}
