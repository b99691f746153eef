package io.sinmun.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.sinmun.SinmunApplication;
import io.sinmun.article.Articles;
import io.sinmun.section.Sections;
import io.sinmun.site.SiteSettingsService;
import io.sinmun.testing.TestDataDirectory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class DemoContentTests {

    private final Path dir = TestDataDirectory.create();

    @AfterEach
    void removeData() {
        TestDataDirectory.delete(dir);
    }

    @Test
    void theDemoPaperIsLoadedOnceIntoAnEmptyDatabase() {
        try (ConfigurableApplicationContext app = start(true)) {
            assertThat(app.getBean(Articles.class).countPublished(null)).isEqualTo(20);
            assertThat(app.getBean(SiteSettingsService.class).current().registrationNumber()).isEqualTo("경기,아52090");
            assertThat(app.getBean(Articles.class).findPublished(160)).hasValueSatisfying(
                    a -> assertThat(a.bodyHtml()).contains("국제화추진협의회"));
        }
        try (ConfigurableApplicationContext app = start(true)) {
            assertThat(app.getBean(Articles.class).countPublished(null)).isEqualTo(20);
            assertThat(app.getBean(Sections.class).all()).hasSize(4);
        }
    }

    @Test
    void aDatabaseWithContentNeverGetsTheDemo() {
        try (ConfigurableApplicationContext app = start(false)) {
            app.getBean(Sections.class).create("local", "지역");
            assertThat(app.getBean(Articles.class).countPublished(null)).isZero();
        }
        try (ConfigurableApplicationContext app = start(true)) {
            assertThat(app.getBean(Articles.class).countPublished(null)).isZero();
            assertThat(app.getBean(Sections.class).all()).extracting(s -> s.slug()).containsExactly("local");
        }
    }

    private ConfigurableApplicationContext start(boolean demo) {
        return new SpringApplicationBuilder(SinmunApplication.class).web(WebApplicationType.NONE)
                .run("--sinmun.data-dir=" + dir, "--sinmun.demo=" + demo);
    }
}
