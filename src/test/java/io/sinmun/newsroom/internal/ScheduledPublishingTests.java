package io.sinmun.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.sinmun.SinmunApplication;
import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleStatus;
import io.sinmun.article.Articles;
import io.sinmun.newsroom.Account;
import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.AuditLog;
import io.sinmun.newsroom.Desk;
import io.sinmun.newsroom.Role;
import io.sinmun.newsroom.Staff;
import io.sinmun.system.SeoulTime;
import io.sinmun.testing.TestDataDirectory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** An article scheduled before a shutdown is published by the next start, once. */
class ScheduledPublishingTests {

    private final Path dir = TestDataDirectory.create();

    @AfterEach
    void removeData() {
        TestDataDirectory.delete(dir);
    }

    @Test
    void anArticleDueWhileTheServerWasDownIsPublishedAfterTheRestart() {
        long id;
        try (ConfigurableApplicationContext app = start("1h")) { // the job does not run in this first life
            Account editor = app.getBean(Accounts.class).create("test", "desk1", "데스크", null, Role.EDITOR,
                    NewsroomFixtures.PASSWORD);
            Staff staff = Staff.of(editor);
            Desk desk = app.getBean(Desk.class);
            id = desk.create(staff, new ArticleDraft(null, "예약된 속보", null, "<p>본문</p>", null, null, null, null,
                    List.of())).article().id();
            desk.schedule(staff, id, app.getBean(SeoulTime.class).now().plusSeconds(2), true, true);
            assertThat(app.getBean(Articles.class).findById(id)).map(Article::status).contains(ArticleStatus.SCHEDULED);
        }
        try (ConfigurableApplicationContext app = start("200ms")) {
            Articles articles = app.getBean(Articles.class);
            await().atMost(Duration.ofSeconds(15)).until(() -> articles.findById(id).orElseThrow().isPublished());
            Article published = articles.findById(id).orElseThrow();
            assertThat(published.number()).isNotNull();
            assertThat(app.getBean(AuditLog.class).page(1, 10))
                    .filteredOn(e -> e.actor().equals("예약 발행") && e.target().contains("예약된 속보")).hasSize(1);
        }
    }

    private ConfigurableApplicationContext start(String interval) {
        return new SpringApplicationBuilder(SinmunApplication.class).web(WebApplicationType.NONE)
                .run("--sinmun.data-dir=" + dir, "--sinmun.demo=false", "--sinmun.scheduling.interval=" + interval,
                        "--sinmun.scheduling.initial-delay=" + interval);
    }
}
