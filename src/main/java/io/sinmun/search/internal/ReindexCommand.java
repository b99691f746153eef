package io.sinmun.search.internal;

import java.util.Set;

import io.sinmun.article.Articles;
import io.sinmun.system.Command;
import io.sinmun.system.CommandArguments;
import io.sinmun.system.Progress;

import org.springframework.stereotype.Component;

/**
 * {@code reindex}: builds a new index from the database and makes it current. A running site
 * on the same data directory keeps its open index until it restarts; rebuild from the newsroom
 * (검색 사전 page) to swap a running site's index without a restart.
 */
@Component
class ReindexCommand implements Command {

    private final RebuildableSearch search;
    private final Articles articles;

    ReindexCommand(RebuildableSearch search, Articles articles) {
        this.search = search;
        this.articles = articles;
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public int run(CommandArguments arguments) {
        Progress progress = Progress.onConsole("색인", articles.countPublished(null));
        search.rebuild(progress);
        var info = search.info();
        System.out.printf("검색 색인을 새로 만들었습니다: 기사 %,d건, %,d MB, %.1f초, 초당 %,.0f건 (%s)%n", info.documents(),
                info.bytes() >> 20, progress.elapsed().toMillis() / 1000.0, progress.rate(), info.location());
        return 0;
    }
}
