package io.sinmun.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Which articles came from the demo content, so the newsroom can mark them. */
@Service
public class DemoArticles {

    private final JdbcClient jdbc;

    DemoArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reference paper's twenty headlines, as printed. */
    public static List<String> referenceHeadlines() {
        return read("demo/articles.tsv").lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")[4].strip().replaceAll("\\s+", " ")).toList();
    }

    /** The paragraphs of the one reference article with full text (no. 160), as plain text. */
    public static List<String> referenceParagraphs() {
        return read("demo/article-160.html").lines().map(l -> l.replaceAll("</?p>", "").strip())
                .filter(l -> !l.isEmpty()).toList();
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public Set<Long> ids() {
        return Set.copyOf(jdbc.sql("select article_id from demo_article").query(Long.class).list());
    }
}
