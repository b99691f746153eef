package io.sinmun.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

import io.sinmun.article.Article;
import io.sinmun.article.Articles;
import io.sinmun.search.SearchDictionary;
import io.sinmun.search.SearchQuery;
import io.sinmun.search.SearchResults;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.system.Progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link io.sinmun.search.ArticleSearch} on OpenSearch 3 with its {@code analysis-nori} plugin, over
 * plain REST. Readers and writers use the alias {@code sinmun.search.opensearch.index}; a rebuild
 * fills a new concrete index {@code <alias>-<millis>}, catches up, and moves the alias in one
 * {@code _aliases} call, so searches answer throughout. Queries, recency re-ranking and snippets
 * are made on this node exactly as for the embedded index (docs/search.md).
 */
@Service
@ConditionalOnProperty(name = "sinmun.search.engine", havingValue = "opensearch")
class OpenSearchArticleSearch implements RebuildableSearch {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchArticleSearch.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 1000;

    private final Articles articles;
    private final Sections sections;
    private final SearchDictionary dictionary;
    private final SearchProperties properties;
    private final boolean commandMode;
    private final String alias;
    private final URI url;
    private final HttpClient http;
    private final ReentrantLock writes = new ReentrantLock();
    private final ReentrantLock rebuilds = new ReentrantLock();
    /** The analysis of the index the alias points to; null until it exists. */
    private volatile KoreanAnalysis analysis;
    private volatile Progress rebuilding;

    OpenSearchArticleSearch(Articles articles, Sections sections, SearchDictionary dictionary,
            SearchProperties properties, @Value("${sinmun.command:}") String command) {
        this.articles = articles;
        this.sections = sections;
        this.dictionary = dictionary;
        this.properties = properties;
        this.commandMode = !command.isEmpty();
        this.alias = properties.opensearch().index();
        String base = properties.opensearch().url().toString();
        this.url = URI.create(base.endsWith("/") ? base : base + "/");
        this.http = HttpClient.newBuilder().connectTimeout(properties.opensearch().timeout()).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (commandMode) {
            return;
        }
        Thread opener = new Thread(() -> {
            // OpenSearch may start after us: keep trying, searches say "색인을 만드는 중" meanwhile
            for (int attempt = 1;; attempt++) {
                try {
                    open();
                    return;
                }
                catch (RuntimeException ex) {
                    log.warn("OpenSearch at {} not usable yet (attempt {}): {}", url, attempt, ex.toString());
                    try {
                        Thread.sleep(Math.min(30_000, 1000L * attempt));
                    }
                    catch (InterruptedException stop) {
                        return;
                    }
                }
            }
        }, "search-opensearch-open");
        opener.setDaemon(true);
        opener.start();
    }

    /** The start-up check: use the alias's index, catching up; rebuild when it is missing or out of date. */
    void open() {
        long published = articles.countPublished(null);
        KoreanAnalysis wanted = new KoreanAnalysis(dedup(dictionary.lines()));
        Optional<Current> current = current();
        if (current.isPresent()) {
            Current c = current.get();
            analysis = wanted;
            String reason = c.caughtUpTo() == null ? "never completed"
                    : !wanted.fingerprint().equals(c.fingerprint()) ? "the user dictionary changed" : null;
            if (reason == null) {
                catchUp(c.index(), c.caughtUpTo(), wanted.fingerprint());
                long count = count(alias);
                if (count == published) {
                    log.info("OpenSearch index {} ({}) opened: {} articles", alias, c.index(), count);
                    return;
                }
                reason = count + " entries for " + published + " published articles";
            }
            log.info("OpenSearch index {} is out of date ({}); rebuilding while it serves", c.index(), reason);
            reindex();
            return;
        }
        log.info("No OpenSearch index {} yet; building it from {} published articles", alias, published);
        if (published < properties.rebuildInForegroundBelow()) {
            rebuild(Progress.silent("색인", published));
        }
        else {
            reindex();
        }
    }

    @Override
    public SearchResults search(SearchQuery query) {
        KoreanAnalysis current = analysis;
        if (current == null) {
            return SearchResults.none(query, "검색 색인을 만드는 중입니다. 잠시 뒤에 다시 찾아 주세요.");
        }
        try {
            return SearchRun.run(query, ranking(current), current, articles, sectionsById());
        }
        catch (UncheckedIOException | OpenSearchException ex) {
            log.warn("OpenSearch search failed: {}", ex.toString());
            return SearchResults.none(query, "검색을 잠시 쓸 수 없습니다. 잠시 뒤에 다시 찾아 주세요.");
        }
    }

    private SearchRun.Ranking ranking(KoreanAnalysis current) {
        OpenSearchQueries queries = new OpenSearchQueries(current);
        return (text, query, offset, wanted) -> {
            Map<String, Object> q = queries.build(text, query);
            if (q == null) {
                return null;
            }
            boolean byDate = query.sort() == SearchQuery.Sort.DATE;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", q);
            body.put("size", byDate ? wanted : Math.max(wanted, SearchRun.RERANK));
            body.put("_source", false);
            body.put("track_total_hits", SearchResults.EXACT_UP_TO);
            body.put("docvalue_fields", List.of(Map.of("field", SearchFields.PUBLISHED, "format", "epoch_millis")));
            if (byDate) {
                body.put("sort", List.of(Map.of(SearchFields.PUBLISHED, "desc")));
            }
            JsonNode result = call("POST", alias + "/_search", JSON.writeValueAsString(body)).json();
            record Scored(long id, float score) {
            }
            List<Scored> scored = new ArrayList<>();
            long now = System.currentTimeMillis();
            for (JsonNode hit : result.path("hits").path("hits")) {
                long id = Long.parseLong(hit.path("_id").asString());
                float score = (float) hit.path("_score").asDouble(0);
                if (!byDate && properties.recencyWeight() > 0) {
                    JsonNode at = hit.path("fields").path(SearchFields.PUBLISHED).path(0);
                    long published = at.isMissingNode() ? now : Long.parseLong(at.asString());
                    score = SearchRun.withRecency(score, published, now, properties);
                }
                scored.add(new Scored(id, score));
            }
            if (!byDate) {
                scored.sort(Comparator.comparingDouble(s -> -s.score())); // stable: ties keep the engine's order
            }
            List<Long> ids = new ArrayList<>();
            for (int i = offset; i < Math.min(wanted, scored.size()); i++) {
                ids.add(scored.get(i).id());
            }
            JsonNode total = result.path("hits").path("total");
            return new SearchRun.Ranked(ids, total.path("value").asLong(), "gte".equals(total.path("relation").asString()));
        };
    }

    @Override
    public void index(long articleId) {
        writes.lock();
        try {
            if (analysis != null) {
                Optional<Article> article = articles.findById(articleId).filter(Article::isPublished);
                if (article.isPresent()) {
                    call("PUT", alias + "/_doc/" + articleId + "?refresh=true", JSON.writeValueAsString(document(article.get(), slugs())));
                }
                else {
                    delete(articleId);
                }
            }
        }
        finally {
            writes.unlock();
        }
    }

    @Override
    public void remove(long articleId) {
        writes.lock();
        try {
            if (analysis != null) {
                delete(articleId);
            }
        }
        finally {
            writes.unlock();
        }
    }

    private void delete(long articleId) {
        Response r = send("DELETE", alias + "/_doc/" + articleId + "?refresh=true", null, null);
        if (r.status() >= 300 && r.status() != 404) {
            throw new OpenSearchException("DELETE " + articleId, r);
        }
    }

    @Override
    public synchronized Progress reindex() {
        if (rebuilding != null) {
            return rebuilding;
        }
        Progress progress = Progress.silent("색인", articles.countPublished(null));
        rebuilding = progress;
        Thread thread = new Thread(() -> {
            try {
                rebuild(progress);
            }
            catch (RuntimeException ex) {
                log.error("OpenSearch index rebuild failed; the previous index keeps serving", ex);
            }
        }, "search-reindex");
        thread.setDaemon(true);
        thread.start();
        return progress;
    }

    @Override
    public Optional<Progress> rebuilding() {
        return Optional.ofNullable(rebuilding);
    }

    /**
     * Fills a new index while the alias's index serves, catches up under the write lock, moves
     * the alias atomically, catches up once more (another node may have written to the old index
     * in between), and deletes the old indices.
     */
    @Override
    public void rebuild(Progress progress) {
        rebuilds.lock(); // one at a time on this node (the start-up check and the command may meet)
        try {
            rebuildAlone(progress);
        }
        finally {
            rebuilds.unlock();
        }
    }

    private void rebuildAlone(Progress progress) {
        synchronized (this) {
            rebuilding = progress;
        }
        String name = alias + "-" + System.currentTimeMillis();
        try {
            Instant started = Instant.now().minusSeconds(2);
            List<String> lines = dedup(dictionary.lines());
            KoreanAnalysis built = new KoreanAnalysis(lines);
            call("PUT", name, JSON.writeValueAsString(OpenSearchMapping.index(lines, built.fingerprint())));
            load(name, progress);
            List<String> old;
            writes.lock();
            try {
                Instant swapped = Instant.now();
                catchUp(name, started, built.fingerprint());
                call("PUT", name + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}");
                call("POST", name + "/_refresh", null);
                old = current().map(c -> List.of(c.index())).orElse(List.of());
                List<Object> actions = new ArrayList<>();
                old.forEach(o -> actions.add(Map.of("remove", Map.of("index", o, "alias", alias))));
                actions.add(Map.of("add", Map.of("index", name, "alias", alias)));
                call("POST", "_aliases", JSON.writeValueAsString(Map.of("actions", actions)));
                analysis = built;
                catchUp(name, swapped.minusSeconds(2), built.fingerprint());
            }
            finally {
                writes.unlock();
            }
            for (String o : older(name)) {
                send("DELETE", o, null, null);
            }
            progress.finish();
            log.info("OpenSearch index rebuilt as {}: {} articles in {} s ({}/s)", name, count(name),
                    progress.elapsed().toSeconds(), Math.round(progress.rate()));
        }
        catch (RuntimeException ex) {
            try {
                if (!name.equals(currentQuietly().map(Current::index).orElse(null))) {
                    send("DELETE", name, null, null);
                }
            }
            catch (RuntimeException cleanup) {
                ex.addSuppressed(cleanup); // OpenSearch gone: the next rebuild deletes the leftover
            }
            throw ex;
        }
        finally {
            synchronized (this) {
                rebuilding = null;
            }
        }
    }

    /** Bulk-loads every published article: this thread reads pages, two requests are in flight. */
    private void load(String index, Progress progress) {
        Map<Long, String> slugs = slugs();
        ExecutorService senders = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "search-opensearch-bulk");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<?>> running = new ArrayBlockingQueue<>(2);
        try {
            // by id, as IndexBuild does (H2 sorts every remaining row for a "number > ? limit" page)
            List<Long> ids = new ArrayList<>(articles.idsChangedSince(Instant.EPOCH));
            java.util.Collections.sort(ids);
            for (int from = 0; from < ids.size(); from += PAGE) {
                List<Article> page = articles.publishedByIds(ids.subList(from, Math.min(ids.size(), from + PAGE)));
                if (page.isEmpty()) {
                    continue;
                }
                StringBuilder bulk = new StringBuilder();
                for (Article a : page) {
                    bulk.append("{\"index\":{\"_id\":\"").append(a.id()).append("\"}}\n")
                            .append(JSON.writeValueAsString(document(a, slugs))).append('\n');
                }
                if (running.remainingCapacity() == 0) {
                    running.take().get();
                }
                running.add(senders.submit(() -> {
                    bulk(index, bulk.toString());
                    progress.advance(page.size());
                }));
            }
            while (!running.isEmpty()) {
                running.take().get();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index build interrupted", ex);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("index build failed: " + ex.getCause(), ex.getCause());
        }
        finally {
            senders.shutdownNow();
        }
    }

    private void bulk(String index, String ndjson) {
        Response r = send("POST", index + "/_bulk", ndjson, "application/x-ndjson");
        if (r.status() >= 300 || r.json().path("errors").asBoolean(false)) {
            throw new OpenSearchException("bulk into " + index, r);
        }
    }

    /** Re-indexes what changed since {@code since}, then records how far the index is complete. */
    private void catchUp(String index, Instant since, String fingerprint) {
        Instant now = Instant.now();
        List<Long> changed = articles.idsChangedSince(since.minusSeconds(1));
        Map<Long, String> slugs = slugs();
        for (int i = 0; i < changed.size(); i += 500) {
            List<Long> chunk = changed.subList(i, Math.min(changed.size(), i + 500));
            Map<Long, Article> published = new HashMap<>();
            articles.publishedByIds(chunk).forEach(a -> published.put(a.id(), a));
            StringBuilder bulk = new StringBuilder();
            for (long id : chunk) {
                Article a = published.get(id);
                if (a == null) {
                    bulk.append("{\"delete\":{\"_id\":\"").append(id).append("\"}}\n");
                }
                else {
                    bulk.append("{\"index\":{\"_id\":\"").append(id).append("\"}}\n")
                            .append(JSON.writeValueAsString(document(a, slugs))).append('\n');
                }
            }
            Response r = send("POST", index + "/_bulk?refresh=true", bulk.toString(), "application/x-ndjson");
            // a delete of an entry that is not there is a 404 item, not a failure
            for (JsonNode item : r.json().path("items")) {
                JsonNode result = item.path("index").isMissingNode() ? item.path("delete") : item.path("index");
                if (result.path("status").asInt() >= 300 && result.path("status").asInt() != 404) {
                    throw new OpenSearchException("catch-up of " + index, r);
                }
            }
        }
        call("PUT", index + "/_mapping", JSON.writeValueAsString(Map.of("_meta",
                OpenSearchMapping.meta(fingerprint, now.toEpochMilli()))));
        if (!changed.isEmpty()) {
            log.info("OpenSearch index {} caught up with {} changed articles", index, changed.size());
        }
    }

    static Map<String, Object> document(Article a, Map<Long, String> slugs) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(SearchFields.ID, Long.toString(a.id()));
        doc.put(SearchFields.HEADLINE, a.headline());
        if (a.subheadline() != null) {
            doc.put(SearchFields.SUBHEADLINE, a.subheadline());
        }
        doc.put(SearchFields.BODY, SearchFields.text(a.bodyHtml()));
        doc.put(SearchFields.TAGS, a.tags());
        if (a.reporterName() != null) {
            doc.put(SearchFields.REPORTER, a.reporterName());
        }
        if (a.reporterId() != null) {
            doc.put(SearchFields.REPORTER_ID, Long.toString(a.reporterId()));
        }
        String slug = a.sectionId() == null ? null : slugs.get(a.sectionId());
        if (slug != null) {
            doc.put(SearchFields.SECTION, slug);
        }
        doc.put(SearchFields.PUBLISHED, a.publishedAt().toEpochMilli());
        return doc;
    }

    /** Nori refuses a user dictionary with a word twice; the last entry for a word wins. */
    private static List<String> dedup(List<String> lines) {
        Map<String, String> byWord = new LinkedHashMap<>();
        for (String line : lines) {
            byWord.remove(line.split(" ")[0]);
            byWord.put(line.split(" ")[0], line);
        }
        return List.copyOf(byWord.values());
    }

    @Override
    public IndexInfo info() {
        Optional<Current> current = analysis == null ? Optional.empty() : currentQuietly();
        if (current.isEmpty()) {
            return new IndexInfo(0, 0, url + alias);
        }
        String index = current.get().index();
        JsonNode stats = call("GET", index + "/_stats/store,docs", null).json().path("indices").path(index)
                .path("primaries");
        return new IndexInfo(stats.path("docs").path("count").asLong(),
                stats.path("store").path("size_in_bytes").asLong(), url + index + " (alias " + alias + ")");
    }

    private record Current(String index, String fingerprint, Instant caughtUpTo) {
    }

    /** The concrete index the alias points to, with the dictionary and catch-up time it recorded. */
    private Optional<Current> current() {
        Response r = send("GET", alias + "/_mapping", null, null);
        if (r.status() == 404) {
            return Optional.empty();
        }
        if (r.status() >= 300) {
            throw new OpenSearchException("GET " + alias + "/_mapping", r);
        }
        var entry = r.json().properties().iterator().next();
        JsonNode meta = entry.getValue().path("mappings").path("_meta");
        JsonNode caught = meta.path(OpenSearchMapping.CAUGHT_UP);
        return Optional.of(new Current(entry.getKey(), meta.path(OpenSearchMapping.DICTIONARY).asString(null),
                caught.isMissingNode() ? null : Instant.ofEpochMilli(caught.asLong())));
    }

    private Optional<Current> currentQuietly() {
        try {
            return current();
        }
        catch (RuntimeException ex) {
            return Optional.empty();
        }
    }

    /**
     * The indices of this alias's family older than {@code keep}: the ones it replaced and
     * leftovers of failed builds (a newer one may be another node's build in progress).
     */
    private List<String> older(String keep) {
        Response r = send("GET", "_cat/indices/" + alias + "-*?format=json&h=index", null, null);
        List<String> names = new ArrayList<>();
        for (JsonNode row : r.json()) {
            String n = row.path("index").asString();
            if (n.length() == keep.length() && n.compareTo(keep) < 0) {
                names.add(n);
            }
        }
        return names;
    }

    private long count(String index) {
        return call("GET", index + "/_count", null).json().path("count").asLong();
    }

    private Map<Long, Section> sectionsById() {
        Map<Long, Section> map = new HashMap<>();
        sections.all().forEach(s -> map.put(s.id(), s));
        return map;
    }

    private Map<Long, String> slugs() {
        Map<Long, String> map = new HashMap<>();
        sections.all().forEach(s -> map.put(s.id(), s.slug()));
        return map;
    }

    record Response(int status, JsonNode json, String text) {
    }

    static final class OpenSearchException extends RuntimeException {
        OpenSearchException(String what, Response r) {
            super(what + ": HTTP " + r.status() + " " + abbreviate(r.text()));
        }

        private static String abbreviate(String s) {
            return s == null ? "" : s.length() > 500 ? s.substring(0, 500) + "…" : s;
        }
    }

    private Response call(String method, String path, String body) {
        Response r = send(method, path, body, "application/json");
        if (r.status() >= 300) {
            throw new OpenSearchException(method + " " + path, r);
        }
        return r;
    }

    private Response send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(path)).timeout(properties.opensearch().timeout()
                .multipliedBy(body != null && body.length() > 100_000 ? 6 : 1));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        else {
            request.header("Content-Type", contentType == null ? "application/json" : contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            JsonNode json = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            return new Response(response.statusCode(), json, text);
        }
        catch (ConnectException ex) {
            throw new UncheckedIOException("OpenSearch at " + url + " refused the connection", ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted talking to OpenSearch", ex);
        }
    }
}
