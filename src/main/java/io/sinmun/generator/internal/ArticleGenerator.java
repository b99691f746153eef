package io.sinmun.generator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.sinmun.article.ArticleDraft;
import io.sinmun.article.BulkArticle;
import io.sinmun.article.BulkPublishing;
import io.sinmun.article.Reporter;
import io.sinmun.demo.DemoArticles;
import io.sinmun.section.Section;
import io.sinmun.system.Progress;
import io.sinmun.system.SeoulTime;

import org.springframework.stereotype.Component;

/**
 * Writes synthetic articles in batches: worker threads make and clean the text (the sanitizer
 * is the costly part), one writer publishes the batches in order, each in its own transaction,
 * so an interrupted run leaves whole batches with gapless numbers and a new run appends.
 */
@Component
public class ArticleGenerator {

    static final int BATCH = 1000;
    private static final Duration SPAN = Duration.ofDays(5 * 365);

    private final BulkPublishing publishing;
    private final GeneratorCast cast;
    private final SeoulTime time;

    ArticleGenerator(BulkPublishing publishing, GeneratorCast cast, SeoulTime time) {
        this.publishing = publishing;
        this.cast = cast;
        this.time = time;
    }

    /** The result of a run: the numbers given and how long it took. */
    public record Generated(long count, long firstNumber, long lastNumber, Duration took) {
    }

    /**
     * Publishes {@code count} articles dated evenly over the five years up to now, oldest first;
     * the text of each depends only on the seed and its position after the articles already there.
     */
    public Generated generate(long count, long seed, Progress progress) {
        List<Section> sections = cast.sections();
        List<Reporter> reporters = cast.reporters();
        List<Long> images = cast.images();
        SyntheticText text = new SyntheticText(DemoArticles.referenceHeadlines(), DemoArticles.referenceParagraphs());
        Instant end = time.now();
        Instant start = end.minus(SPAN);
        long offset = publishing.lastNumber();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "generator");
            t.setDaemon(true);
            return t;
        });
        // batches are made ahead by the workers but written in order; the queue bounds the memory
        BlockingQueue<Future<List<BulkArticle>>> ahead = new ArrayBlockingQueue<>(threads * 2);
        long first = -1;
        long last = -1;
        try {
            long submitted = 0;
            long written = 0;
            while (written < count) {
                while (submitted < count && ahead.remainingCapacity() > 0) {
                    long from = submitted;
                    int size = (int) Math.min(BATCH, count - submitted);
                    ahead.add(workers.submit(() -> batch(text, from, size, count, seed, offset, start, sections,
                            reporters, images)));
                    submitted += size;
                }
                List<BulkArticle> batch = ahead.take().get();
                long firstOfBatch = publishing.publishAll(batch);
                if (first < 0) {
                    first = firstOfBatch;
                }
                last = firstOfBatch + batch.size() - 1;
                written += batch.size();
                progress.advance(batch.size());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
        }
        finally {
            workers.shutdownNow();
        }
        progress.finish();
        return new Generated(count, first, last, progress.elapsed());
    }

    private List<BulkArticle> batch(SyntheticText text, long from, int size, long count, long seed, long offset,
            Instant start, List<Section> sections, List<Reporter> reporters, List<Long> images) {
        List<BulkArticle> batch = new ArrayList<>(size);
        double step = (double) SPAN.toMillis() / count;
        for (long i = from; i < from + size; i++) {
            SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + offset + i);
            Instant published = start.plusMillis((long) ((i + 0.1 + 0.8 * r.nextDouble()) * step));
            Section section = sections.get(r.nextInt(sections.size()));
            Reporter reporter = reporters.get(r.nextInt(reporters.size()));
            Long image = r.nextInt(4) == 0 ? images.get(r.nextInt(images.size())) : null;
            ArticleDraft draft = new ArticleDraft(section.id(), text.headline(r),
                    r.nextBoolean() ? text.subheadline(r) : null, text.bodyHtml(r), image,
                    image == null ? null : section.name() + " 자료사진", image == null ? null : "신문 자료사진",
                    reporter.id(), text.tags(r));
            Instant created = published.minusSeconds(600 + r.nextInt(7200));
            long ageDays = Duration.between(published, start.plus(SPAN)).toDays();
            long views = (long) (r.nextDouble() * Math.min(20_000, 50 + ageDays * 40));
            batch.add(publishing.prepare(draft, created, published, views, reporter.displayName()));
        }
        return batch;
    }
}
