package io.sinmun.demo.internal;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleLifecycle;
import io.sinmun.article.Reporter;
import io.sinmun.article.Reporters;
import io.sinmun.media.MediaImage;
import io.sinmun.media.MediaImages;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.site.SiteSettings;
import io.sinmun.site.SiteSettingsService;
import io.sinmun.system.SeoulTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference page's paper into an empty database, in one transaction, before the web
 * server takes its first request.
 */
@Component
class DemoContent implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    /** slug, name, sky colour, ground colour */
    private static final String[][] SECTIONS = {
            { "administration", "시정", "5b8bd1", "2d4a6b" },
            { "society", "사회", "7fb3a6", "35594f" },
            { "economy", "경제", "d9a05b", "6b4c2d" },
            { "culture", "문화·교육", "b08fd1", "4b3a66" } };

    private final boolean enabled;
    private final ArticleLifecycle lifecycle;
    private final Reporters reporters;
    private final Sections sections;
    private final MediaImages images;
    private final SiteSettingsService settings;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    DemoContent(@Value("${sinmun.demo:true}") boolean enabled, ArticleLifecycle lifecycle, Reporters reporters,
            Sections sections, MediaImages images, SiteSettingsService settings, TransactionTemplate transaction,
            JdbcClient jdbc) {
        this.enabled = enabled;
        this.lifecycle = lifecycle;
        this.reporters = reporters;
        this.sections = sections;
        this.images = images;
        this.settings = settings;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        if (!lifecycle.hasNoArticles() || settings.isConfigured() || !sections.all().isEmpty()) {
            log.debug("Database has content; demo content not loaded");
            return;
        }
        int loaded = transaction.execute(status -> load());
        log.info("Loaded the demo paper: {} articles, {} sections and the publisher data (switch off with sinmun.demo=false)",
                loaded, SECTIONS.length);
    }

    private int load() {
        settings.save(siteSettings());
        Reporter reporter = reporters.create("신도시뉴스", "ncitynews@naver.com");
        Map<String, Section> bySlug = new LinkedHashMap<>();
        Map<String, Color[]> colours = new LinkedHashMap<>();
        for (String[] s : SECTIONS) {
            bySlug.put(s[0], sections.create(s[0], s[1]));
            colours.put(s[0], new Color[] { Color.decode("#" + s[2]), Color.decode("#" + s[3]) });
        }
        String body160 = read("demo/article-160.html");
        int count = 0;
        for (String line : read("demo/articles.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            long number = Long.parseLong(f[0]);
            String slug = f[1];
            String headline = f[4].strip().replaceAll("\\s+", " ");
            Color[] c = colours.get(slug);
            MediaImage image = images.store(DemoImages.skyline(number, c[0], c[1]));
            String body = number == 160 ? body160
                    : "<p>" + escape(headline) + "</p><p>(데모 콘텐츠: 참조 페이지의 목록에는 이 기사의 제목만 실려 있어 본문을 싣지 않았습니다.)</p>";
            long id = lifecycle.importPublished(
                    new ArticleDraft(bySlug.get(slug).id(), headline, null, body, image.id(),
                            "데모 이미지 — " + bySlug.get(slug).name(), "Sinmun 데모", reporter.id(),
                            List.of(bySlug.get(slug).name(), "하남시")),
                    number, LocalDateTime.parse(f[2]).atZone(SeoulTime.ZONE).toInstant(), Long.parseLong(f[3]));
            jdbc.sql("insert into demo_article (article_id) values (:id)").param("id", id).update();
            count++;
        }
        return count;
    }

    private static SiteSettings siteSettings() {
        Properties p = new Properties();
        try (InputStream in = new ClassPathResource("demo/site.properties").getInputStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new SiteSettings(p.getProperty("site-name"), p.getProperty("tagline"), null,
                p.getProperty("company-name"), p.getProperty("business-number"), p.getProperty("address"),
                p.getProperty("registration-number"), LocalDate.parse(p.getProperty("registration-date")),
                p.getProperty("publisher"), p.getProperty("editor"),
                LocalDate.parse(p.getProperty("first-publication-date")), p.getProperty("youth-protection-officer"),
                p.getProperty("email"), "", p.getProperty("copyright"), p.getProperty("copyright-notice"));
    }

    private static String read(String path) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            return String.join("\n", reader.lines().toList());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
