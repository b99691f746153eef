package io.sinmun.article.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The maintained counts of published articles ({@code article_count*}, V18): per scope (0 = the
 * whole paper, else a section id) in total, per Seoul day of first publication, and per block of
 * {@value #BLOCK} running numbers. Changed only as increments inside the transaction that
 * publishes, withdraws, imports or moves an article, so nodes never lose each other's updates and
 * the counts never disagree with committed rows. Scopes are always touched in the same order
 * (0 first), so two transactions cannot deadlock on them.
 */
@Repository
public class PublishedCounts {

    public static final int BLOCK = 1000;
    /** Blocks per superblock ({@code article_count_superblock}, V23). */
    static final int SUPERBLOCK = 10;

    private final JdbcClient jdbc;

    PublishedCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A block of running numbers and how many published articles (of one scope) it holds. */
    public record Block(long index, long published) {

        long firstNumber() {
            return index * BLOCK + 1;
        }

        long lastNumber() {
            return (index + 1) * BLOCK;
        }
    }

    static long blockOf(long number) {
        return (number - 1) / BLOCK;
    }

    static long key(Long sectionId) {
        return sectionId == null ? 0 : sectionId;
    }

    /**
     * Adds {@code delta} for an article numbered {@code number}, first published at
     * {@code publishedAt}, in the section's counts and, when {@code wholePaper}, the paper's.
     */
    public void add(long number, Long sectionId, Instant publishedAt, long delta, boolean wholePaper) {
        LocalDate day = publishedAt.atZone(SeoulTime.ZONE).toLocalDate();
        if (wholePaper) {
            add(0, number, day, delta);
        }
        if (sectionId != null) {
            add(sectionId, number, day, delta);
        }
    }

    private void add(long key, long number, LocalDate day, long delta) {
        jdbc.sql("insert into article_count (section_key, published) values (:key, 0) on conflict do nothing")
                .param("key", key).update();
        jdbc.sql("update article_count set published = published + :delta where section_key = :key")
                .param("key", key).param("delta", delta).update();
        jdbc.sql("""
                insert into article_count_daily (section_key, published_day, published) values (:key, :day, 0)
                on conflict do nothing
                """).param("key", key).param("day", day).update();
        jdbc.sql("""
                update article_count_daily set published = published + :delta
                 where section_key = :key and published_day = :day
                """).param("key", key).param("day", day).param("delta", delta).update();
        jdbc.sql("""
                insert into article_count_block (section_key, block, published) values (:key, :block, 0)
                on conflict do nothing
                """).param("key", key).param("block", blockOf(number)).update();
        jdbc.sql("""
                update article_count_block set published = published + :delta
                 where section_key = :key and block = :block
                """).param("key", key).param("block", blockOf(number)).param("delta", delta).update();
        bump("article_count_superblock", "section_key = :key and superblock = :superblock",
                java.util.Map.of("key", key, "superblock", blockOf(number) / SUPERBLOCK), delta);
    }

    /**
     * After a withdrawal: the block's newest change among the articles still published (at most
     * 1,000 rows along the number index), as the sitemap index shows it.
     */
    public void recomputeLastChange(long number) {
        long block = blockOf(number);
        jdbc.sql("""
                update article_count_block set last_change = (select max(a.updated_at) from article a
                        where a.status = 'PUBLISHED' and a.number between :first and :last)
                 where section_key = 0 and block = :block
                """).param("block", block).param("first", block * BLOCK + 1).param("last", (block + 1) * BLOCK)
                .update();
    }

    /**
     * Adds a batch of new publications at once (a bulk load): one increment per scope and day,
     * and per scope and block, however many articles the batch holds.
     */
    public void addAll(List<Published> batch) {
        java.util.Map<Long, Long> byScope = new java.util.TreeMap<>();
        java.util.Map<List<Long>, Long> byBlock = new java.util.LinkedHashMap<>();
        java.util.Map<List<Long>, Long> bySuperblock = new java.util.LinkedHashMap<>();
        java.util.Map<List<Object>, Long> byDay = new java.util.LinkedHashMap<>();
        java.util.Map<Long, Instant> lastChange = new java.util.TreeMap<>();
        for (Published article : batch) {
            LocalDate day = article.publishedAt().atZone(SeoulTime.ZONE).toLocalDate();
            for (long key : article.sectionId() == null ? new long[] { 0 } : new long[] { 0, article.sectionId() }) {
                byScope.merge(key, 1L, Long::sum);
                byBlock.merge(List.of(key, blockOf(article.number())), 1L, Long::sum);
                bySuperblock.merge(List.of(key, blockOf(article.number()) / SUPERBLOCK), 1L, Long::sum);
                byDay.merge(List.of(key, day), 1L, Long::sum);
            }
            lastChange.merge(blockOf(article.number()), article.publishedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        byScope.forEach((key, n) -> bump("article_count", "section_key = :key", java.util.Map.of("key", key), n));
        byDay.forEach((k, n) -> bump("article_count_daily", "section_key = :key and published_day = :day",
                java.util.Map.of("key", k.get(0), "day", k.get(1)), n));
        byBlock.forEach((k, n) -> bump("article_count_block", "section_key = :key and block = :block",
                java.util.Map.of("key", k.get(0), "block", k.get(1)), n));
        bySuperblock.forEach((k, n) -> bump("article_count_superblock", "section_key = :key and superblock = :superblock",
                java.util.Map.of("key", k.get(0), "superblock", k.get(1)), n));
        lastChange.forEach((block, at) -> touch(block * BLOCK + 1, at));
    }

    /** A publication in a bulk load. */
    public record Published(long number, Long sectionId, Instant publishedAt) {
    }

    private void bump(String table, String where, java.util.Map<String, Object> key, long delta) {
        String columns = String.join(", ", key.keySet().stream().map(PublishedCounts::column).toList());
        String values = String.join(", ", key.keySet().stream().map(k -> ":" + k).toList());
        jdbc.sql("insert into " + table + " (" + columns + ", published) values (" + values + ", 0) on conflict do nothing")
                .params(key).update();
        jdbc.sql("update " + table + " set published = published + :delta where " + where).params(key)
                .param("delta", delta).update();
    }

    private static String column(String parameter) {
        return switch (parameter) {
            case "key" -> "section_key";
            case "day" -> "published_day";
            default -> parameter;
        };
    }

    /** Notes a publication or edit in the article's block (the sitemap index's lastmod). */
    public void touch(long number, Instant at) {
        jdbc.sql("""
                insert into article_count_block (section_key, block, published) values (0, :block, 0)
                on conflict do nothing
                """).param("block", blockOf(number)).update();
        // coalesce first: H2 and PostgreSQL disagree on greatest() with a null
        jdbc.sql("""
                update article_count_block set last_change = greatest(coalesce(last_change, :at), :at)
                 where section_key = 0 and block = :block
                """).param("block", blockOf(number)).param("at", SeoulTime.jdbc(at)).update();
    }

    public long total(Long sectionId) {
        return jdbc.sql("select published from article_count where section_key = :key").param("key", key(sectionId))
                .query(Long.class).optional().orElse(0L);
    }

    public long publishedOn(LocalDate day, Long sectionId) {
        return jdbc.sql("select published from article_count_daily where section_key = :key and published_day = :day")
                .param("key", key(sectionId)).param("day", day).query(Long.class).optional().orElse(0L);
    }

    /** The scope's non-empty blocks, oldest first: a thousandth of the rows, read by primary key. */
    public List<Block> blocks(Long sectionId) {
        return jdbc.sql("""
                select block, published from article_count_block
                 where section_key = :key and published > 0 order by block
                """).param("key", key(sectionId)).query((rs, n) -> new Block(rs.getLong(1), rs.getLong(2))).list();
    }

    /**
     * Published articles (of the scope) in blocks after the given one. Every article page asks
     * (for its "목록으로" page): the superblocks above the block's own, then the blocks above it
     * within its superblock, each the shorter side (the rows above, or the total less the rows up
     * to it), in one statement so all is read from one snapshot: at most 55 rows at a million
     * articles, where summing blocks alone read up to 500 and was a third of the page's queries.
     * The sums are of integers: H2 adds a BIGINT column as NUMERIC, one BigDecimal per row.
     */
    public long publishedAfterBlock(long block, Long sectionId) {
        long superblock = block / SUPERBLOCK;
        long highest = jdbc.sql("select coalesce(max(superblock), 0) from article_count_superblock where section_key = :key")
                .param("key", key(sectionId)).query(Long.class).single();
        boolean nearTop = superblock >= highest / 2;
        // the superblocks above this one's, then this one's blocks above the block, each the shorter way
        String above = nearTop ? """
                (select coalesce(sum(cast(published as integer)), 0) from article_count_superblock
                  where section_key = :key and superblock > :superblock)
                """ : """
                (coalesce((select published from article_count where section_key = :key), 0)
                 - (select coalesce(sum(cast(published as integer)), 0) from article_count_superblock
                     where section_key = :key and superblock <= :superblock))
                """;
        String within = block - superblock * SUPERBLOCK >= SUPERBLOCK / 2 ? """
                (select coalesce(sum(cast(published as integer)), 0) from article_count_block
                  where section_key = :key and block > :block and block < :next)
                """ : """
                (coalesce((select published from article_count_superblock
                            where section_key = :key and superblock = :superblock), 0)
                 - (select coalesce(sum(cast(published as integer)), 0) from article_count_block
                     where section_key = :key and block >= :first and block <= :block))
                """;
        return jdbc.sql("select " + above + " + " + within).param("key", key(sectionId)).param("block", block)
                .param("superblock", superblock).param("first", superblock * SUPERBLOCK)
                .param("next", (superblock + 1) * SUPERBLOCK).query(Long.class).single();
    }

    /** The whole paper's blocks with their newest change, for the sitemap index. */
    public List<BlockChange> changes() {
        return jdbc.sql("""
                select block, published, last_change from article_count_block
                 where section_key = 0 and published > 0 order by block
                """).query((rs, n) -> new BlockChange(rs.getLong(1), rs.getLong(2),
                        ArticleRepository.instant(rs, "last_change"))).list();
    }

    public record BlockChange(long block, long published, Instant lastChange) {
    }

    /**
     * Rebuilds every count from the article rows, for a bulk load that wrote rows directly. Reads
     * every published row: not for requests.
     */
    public void recount() {
        jdbc.sql("delete from article_count").update();
        jdbc.sql("delete from article_count_daily").update();
        jdbc.sql("delete from article_count_block").update();
        jdbc.sql("delete from article_count_superblock").update();
        jdbc.sql("insert into article_count (section_key, published) select 0, count(*) from article where status = 'PUBLISHED'")
                .update();
        jdbc.sql("""
                insert into article_count (section_key, published) select section_id, count(*) from article
                 where status = 'PUBLISHED' and section_id is not null group by section_id
                """).update();
        jdbc.sql("""
                insert into article_count_block (section_key, block, published, last_change)
                select 0, b, count(*), max(updated_at) from (select (number - 1) / 1000 as b, updated_at from article
                                                             where status = 'PUBLISHED') x group by b
                """).update();
        jdbc.sql("""
                insert into article_count_block (section_key, block, published)
                select s, b, count(*) from (select section_id as s, (number - 1) / 1000 as b from article
                                            where status = 'PUBLISHED' and section_id is not null) x group by s, b
                """).update();
        jdbc.sql("insert into article_count_superblock (section_key, superblock, published) select section_key, block / "
                + SUPERBLOCK + ", sum(published) from article_count_block group by section_key, block / " + SUPERBLOCK)
                .update();
        // the Seoul day is computed here, not in SQL: the databases disagree on time zone arithmetic
        java.util.Map<java.util.Map.Entry<Long, LocalDate>, Long> perDay = new java.util.HashMap<>();
        try (java.util.stream.Stream<Object[]> rows = jdbc.sql(
                "select section_id, published_at from article where status = 'PUBLISHED'")
                .query((rs, n) -> new Object[] { ArticleRepository.nullableLong(rs, "section_id"),
                        ArticleRepository.instant(rs, "published_at").atZone(SeoulTime.ZONE).toLocalDate() })
                .stream()) {
            rows.forEach(row -> {
                LocalDate day = (LocalDate) row[1];
                perDay.merge(java.util.Map.entry(0L, day), 1L, Long::sum);
                if (row[0] != null) {
                    perDay.merge(java.util.Map.entry((Long) row[0], day), 1L, Long::sum);
                }
            });
        }
        perDay.forEach((k, count) -> jdbc.sql("""
                insert into article_count_daily (section_key, published_day, published) values (:key, :day, :count)
                """).param("key", k.getKey()).param("day", k.getValue()).param("count", count).update());
    }
}
