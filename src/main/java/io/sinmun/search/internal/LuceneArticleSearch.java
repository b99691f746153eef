package io.sinmun.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.sinmun.article.Article;
import io.sinmun.article.Articles;
import io.sinmun.search.ArticleSearch;
import io.sinmun.search.SearchDictionary;
import io.sinmun.search.SearchQuery;
import io.sinmun.search.SearchResults;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.system.DataDirectory;
import io.sinmun.system.Progress;

import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The embedded {@link ArticleSearch}: one Lucene index per node under {@code <data>/search}.
 * Writes (single articles, the catch-up of a rebuild, the swap) are serialised by one lock;
 * searches never wait for them. Each single-article change is committed at once, so the index
 * on disk is never behind what readers were shown; the event registry replays changes a crash
 * interrupted, and the start-up check catches up with anything else.
 */
@Service
@ConditionalOnProperty(name = "sinmun.search.engine", havingValue = "lucene", matchIfMissing = true)
class LuceneArticleSearch implements RebuildableSearch, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LuceneArticleSearch.class);

    private final Articles articles;
    private final Sections sections;
    private final SearchDictionary dictionary;
    private final SearchProperties properties;
    private final IndexFolders folders;
    private final boolean commandMode;
    private final ReentrantLock writes = new ReentrantLock();
    /** One rebuild at a time: a finished one deletes every folder but its own, so a second one running would lose its folder. */
    private final ReentrantLock rebuilds = new ReentrantLock();
    private static final Duration OPEN_WAIT = Duration.ofSeconds(30);

    private volatile SearchIndex index;
    private final CountDownLatch opened = new CountDownLatch(1);
    private volatile Progress rebuilding;

    LuceneArticleSearch(Articles articles, Sections sections, SearchDictionary dictionary, SearchProperties properties,
            DataDirectory data, @Value("${sinmun.command:}") String command) {
        this.articles = articles;
        this.sections = sections;
        this.dictionary = dictionary;
        this.properties = properties;
        this.folders = new IndexFolders(data.resolve("search"));
        this.commandMode = !command.isEmpty();
    }

    /**
     * The start-up check: open the index, or rebuild it when missing, damaged or out of date. In
     * the background: loading Nori's dictionaries and catching up took seconds the site was not
     * serving pages; a search (or an index event) in those seconds waits for it instead.
     */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (commandMode) {
            opened.countDown();
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                open();
            }
            catch (RuntimeException ex) {
                log.error("Could not open the search index; searches answer that it is being built", ex);
            }
            finally {
                opened.countDown();
            }
        }, "search-open");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the start-up check; false if it is still running after {@link #OPEN_WAIT}. */
    private boolean awaitOpened() {
        try {
            return opened.await(OPEN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void open() {
        long published = articles.countPublished(null);
        Optional<Path> current = folders.current();
        if (current.isPresent()) {
            try {
                SearchIndex opened = openChecked(current.get());
                String reason = opened.staleReason(fingerprint(opened.analysis()), published); // the analysis it was opened with, not a second one
                index = opened;
                if (reason == null) {
                    catchUp(opened, opened.caughtUpTo());
                    log.info("Search index {} opened: {} articles", current.get(), opened.documents());
                    if (properties.verifyOnStart()) {
                        verifyInBackground(opened, current.get());
                    }
                    return;
                }
                log.info("Search index {} is out of date ({}); rebuilding while it serves", current.get(), reason);
            }
            catch (IOException | RuntimeException ex) {
                log.warn("Search index {} is missing or damaged ({}); rebuilding it", current.get(), ex.toString());
                index = null;
            }
        }
        else {
            log.info("No search index yet; building it from {} published articles", published);
        }
        if (published < properties.rebuildInForegroundBelow()) {
            rebuild(Progress.silent("색인", published));
        }
        else {
            reindex();
        }
    }

    /**
     * Opens the index if its commit and segment headers read back (Lucene checks their own
     * checksums); what a damaged header or a scribbled file gives is caught here, at once.
     */
    private SearchIndex openChecked(Path dir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IOException("no index in " + dir);
            }
        }
        return SearchIndex.open(dir, new KoreanAnalysis(dictionary.lines()), properties.ramBufferMb(), false);
    }

    /**
     * The whole-file checksums, read off the open index after start-up instead of before it: at a
     * million articles they are over a gigabyte to read, seconds the site would not be serving.
     * Damage found there is rebuilt like an out-of-date index, while the old one serves.
     */
    private void verifyInBackground(SearchIndex opened, Path dir) {
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                IndexSearcher searcher = opened.acquire();
                try {
                    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                        if (leaf.reader() instanceof CodecReader codec) {
                            codec.checkIntegrity();
                        }
                    }
                }
                finally {
                    opened.release(searcher);
                }
                log.info("Search index {} checksums verified in {} ms", dir, (System.nanoTime() - started) / 1_000_000);
            }
            catch (IOException | RuntimeException ex) {
                if (index != opened) {
                    return; // replaced (or closed) meanwhile: nothing to repair
                }
                log.warn("Search index {} is damaged ({}); rebuilding it while it serves", dir, ex.toString());
                reindex();
            }
        }, "search-verify");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public SearchResults search(SearchQuery query) {
        awaitOpened();
        SearchIndex current = index;
        if (current == null) {
            return SearchResults.none(query, "검색 색인을 만드는 중입니다. 잠시 뒤에 다시 찾아 주세요.");
        }
        return SearchRun.run(query, SearchRun.lucene(current, properties), current.analysis(), articles, sectionsById());
    }

    @Override
    public void index(long articleId) {
        awaitOpened(); // simpler than reasoning about which changes the start-up catch-up saw
        writes.lock();
        try {
            SearchIndex current = index;
            if (current != null) {
                Optional<Article> article = articles.findById(articleId).filter(Article::isPublished);
                current.put(articleId, article.map(a -> SearchFields.of(a, slug(a.sectionId()), properties.analyzedBodyChars())).orElse(null));
                current.commitAndRefresh();
            }
        }
        finally {
            writes.unlock();
        }
    }

    @Override
    public void remove(long articleId) {
        awaitOpened();
        writes.lock();
        try {
            SearchIndex current = index;
            if (current != null) {
                current.put(articleId, null);
                current.commitAndRefresh();
            }
        }
        finally {
            writes.unlock();
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
                log.error("Search index rebuild failed; the previous index keeps serving", ex);
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
     * Builds a complete new index from the database in a new folder while the current one
     * serves, catches up with changes made meanwhile, then swaps it in and deletes the old one.
     */
    @Override
    public void rebuild(Progress progress) {
        rebuilds.lock();
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
        Path dir = folders.newFolder();
        SearchIndex built = null;
        try {
            Instant started = Instant.now().minusSeconds(2);
            KoreanAnalysis analysis = new KoreanAnalysis(dictionary.lines());
            built = SearchIndex.open(dir, analysis, properties.ramBufferMb(), true);
            new IndexBuild(built, articles, slugs(), properties.analyzedBodyChars()).run(progress);
            writes.lock();
            try {
                catchUp(built, started);
                built.commit(fingerprint(analysis), started);
                folders.makeCurrent(dir);
                SearchIndex old = index;
                index = built;
                if (old != null) {
                    old.close();
                }
            }
            finally {
                writes.unlock();
            }
            folders.deleteOthers(dir);
            progress.finish();
            log.info("Search index rebuilt: {} articles in {} s ({}/s), {} MB", built.documents(),
                    progress.elapsed().toSeconds(), Math.round(progress.rate()), IndexFolders.size(dir) >> 20);
        }
        catch (RuntimeException ex) {
            if (built != null) {
                built.close();
            }
            IndexFolders.delete(dir);
            throw ex;
        }
        finally {
            synchronized (this) {
                rebuilding = null;
            }
        }
    }

    /** Re-indexes what changed since {@code since} (published, edited or withdrawn while we were not looking). */
    private void catchUp(SearchIndex target, Instant since) {
        Instant now = Instant.now();
        List<Long> changed = articles.idsChangedSince(since.minusSeconds(1));
        Map<Long, String> slugs = slugs();
        for (List<Long> chunk : chunks(changed)) {
            Map<Long, Article> published = new HashMap<>();
            articles.publishedByIds(chunk).forEach(a -> published.put(a.id(), a));
            for (long id : chunk) {
                Article a = published.get(id);
                target.put(id, a == null ? null : SearchFields.of(a, a.sectionId() == null ? null : slugs.get(a.sectionId()),
                        properties.analyzedBodyChars()));
            }
        }
        target.commit(target.fingerprint(), now);
        target.refresh();
        if (!changed.isEmpty()) {
            log.info("Search index caught up with {} changed articles", changed.size());
        }
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }

    /** The dictionary's fingerprint, the fields' version, and the body limit when one is set (a change of any means a rebuild). */
    private String fingerprint(KoreanAnalysis analysis) {
        int chars = properties.analyzedBodyChars();
        String fields = analysis.fingerprint() + "/" + SearchFields.SCHEMA;
        return chars > 0 ? fields + "/body" + chars : fields;
    }

    @Override
    public IndexInfo info() {
        awaitOpened();
        SearchIndex current = index;
        return current == null ? new IndexInfo(0, 0, folders.root().toString())
                : new IndexInfo(current.documents(), IndexFolders.size(current.dir()), current.dir().toString());
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

    private String slug(Long sectionId) {
        return sectionId == null ? null : sections.findById(sectionId).map(Section::slug).orElse(null);
    }

    @Override
    public void destroy() {
        awaitOpened(); // else the start-up check could open the index after it was closed, keeping its lock
        writes.lock();
        try {
            SearchIndex current = index;
            index = null;
            if (current != null) {
                current.close();
            }
        }
        finally {
            writes.unlock();
        }
    }

}
