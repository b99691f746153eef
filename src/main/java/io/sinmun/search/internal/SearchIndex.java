package io.sinmun.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One open index folder: its writer, near-real-time searchers, the analysis it was built with,
 * and the commit data that says with which dictionary and up to when it is complete.
 */
final class SearchIndex {

    private static final String FINGERPRINT = "dictionary";
    private static final String CAUGHT_UP = "caught-up-to";

    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    /**
     * Searches a large index's segments side by side, one slice per core: a search at a million
     * articles took twice as long on one core of two. The caller's thread also runs slices. No
     * queue: a slice that finds every thread busy runs on the searching thread itself. With a
     * queue, 32 concurrent searches waited in line for one pool thread that the scheduler gave a
     * thirty-third of the CPU (18 searches a second instead of the cores' worth).
     */
    private static final Executor SLICES = new ThreadPoolExecutor(Math.max(1, THREADS - 1), Math.max(1, THREADS - 1),
            60, TimeUnit.SECONDS, new SynchronousQueue<>(), daemon("search-slice"), new ThreadPoolExecutor.CallerRunsPolicy());

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final KoreanAnalysis analysis;
    private final LuceneQueries queries;
    private final LuceneQueries olderQueries;

    private SearchIndex(Path dir, FSDirectory directory, IndexWriter writer, KoreanAnalysis analysis)
            throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new IndexSearcher(reader, SLICES) {
                    @Override
                    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                        return balanced(leaves, THREADS);
                    }
                };
            }
        });
        this.analysis = analysis;
        this.queries = new LuceneQueries(analysis, true);
        this.olderQueries = new LuceneQueries(analysis, false);
    }

    static SearchIndex open(Path dir, KoreanAnalysis analysis, int ramBufferMb, boolean create) {
        FSDirectory directory = null;
        try {
            directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(analysis.indexing())
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(ramBufferMb).setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(directory, config);
            if (create) {
                writer.commit(); // a searcher needs a first commit
            }
            return new SearchIndex(dir, directory, writer, analysis);
        }
        catch (IOException ex) {
            closeQuietly(directory);
            throw new UncheckedIOException(ex);
        }
    }

    Path dir() {
        return dir;
    }

    KoreanAnalysis analysis() {
        return analysis;
    }

    /** The queries for this index's fields: an index from before {@link SearchFields#TEXT} serves until rebuilt. */
    LuceneQueries queries() {
        return fingerprint().contains(SearchFields.SCHEMA) ? queries : olderQueries;
    }

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    long documents() {
        return writer.getDocStats().numDocs;
    }

    /** Adds or replaces the article's entry; removes it when {@code doc} is null. */
    void put(long articleId, Document doc) {
        Term id = new Term(SearchFields.ID, Long.toString(articleId));
        try {
            if (doc == null) {
                writer.deleteDocuments(id);
            }
            else {
                writer.updateDocument(id, doc);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void commitAndRefresh() {
        commit(fingerprint(), caughtUpTo());
        refresh();
    }

    void commit(String fingerprint, Instant caughtUpTo) {
        Map<String, String> data = new HashMap<>();
        data.put(FINGERPRINT, fingerprint);
        data.put(CAUGHT_UP, Long.toString(caughtUpTo.toEpochMilli()));
        writer.setLiveCommitData(data.entrySet());
        try {
            writer.commit();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    String fingerprint() {
        return commitData().getOrDefault(FINGERPRINT, analysis.fingerprint());
    }

    Instant caughtUpTo() {
        String value = commitData().get(CAUGHT_UP);
        return value == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(value));
    }

    /** Why this index must be rebuilt, or null when it is good to serve and catch up. */
    String staleReason(String currentFingerprint, long publishedArticles) {
        if (!commitData().containsKey(CAUGHT_UP)) {
            return "never completed";
        }
        if (!currentFingerprint.equals(fingerprint())) {
            return "the user dictionary or the fields changed";
        }
        if (documents() != publishedArticles) {
            // articles written without events (generator, import) or removed behind its back
            return documents() + " entries for " + publishedArticles + " published articles";
        }
        return null;
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void close() {
        try {
            searchers.close();
            writer.rollback(); // every change is committed when made; nothing to write on close
        }
        catch (IOException ex) {
            // closing: nothing left to save
        }
        finally {
            closeQuietly(directory);
        }
    }

    private static void closeQuietly(FSDirectory directory) {
        if (directory != null) {
            try {
                directory.close();
            }
            catch (IOException ex) {
                // nothing to do
            }
        }
    }

    /**
     * As many slices as threads, of about equal documents (the largest segments first, each to
     * the lightest slice): Lucene's default gave a million articles four slices, two of them
     * twice the others, so two threads waited on the large ones.
     */
    static LeafSlice[] balanced(List<LeafReaderContext> leaves, int threads) {
        int n = Math.max(1, Math.min(threads, leaves.size()));
        List<List<LeafReaderContext>> slices = new ArrayList<>();
        long[] docs = new long[n];
        for (int i = 0; i < n; i++) {
            slices.add(new ArrayList<>());
        }
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : bySize) {
            int lightest = 0;
            for (int i = 1; i < n; i++) {
                lightest = docs[i] < docs[lightest] ? i : lightest;
            }
            slices.get(lightest).add(leaf);
            docs[lightest] += leaf.reader().maxDoc();
        }
        return slices.stream().filter(s -> !s.isEmpty()).map(LeafSlice::new).toArray(LeafSlice[]::new);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
