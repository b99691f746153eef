package io.sinmun.demo;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Which articles came from the demo content, so the newsroom can mark them. */
@Service
public class DemoArticles {

    private final JdbcClient jdbc;

    DemoArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<Long> ids() {
        return Set.copyOf(jdbc.sql("select article_id from demo_article").query(Long.class).list());
    }
}
