package io.sinmun.article.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleStamp;
import io.sinmun.article.ArticleStatus;
import io.sinmun.article.ArticleSummary;
import io.sinmun.article.PublishedBlock;
import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ArticleRepository {

    private static final String ARTICLE = """
            select a.id, a.number, a.section_id, a.headline, a.subheadline, a.body_html, a.lead_image_id,
                   a.lead_image_caption, a.lead_image_credit, a.has_images, a.reporter_id, r.display_name, a.status,
                   a.created_at, a.published_at, a.updated_at, a.scheduled_at,
                   a.view_count + coalesce(v.views, 0) as view_count, a.version
              from article a left join article_reporter r on r.id = a.reporter_id
                   left join article_view_count v on v.article_id = a.id
            """;
    private static final String SUMMARY = """
            select a.id, a.number, a.section_id, a.headline, a.has_images, r.display_name,
                   a.view_count + coalesce(v.views, 0) as view_count, a.published_at, a.status, a.updated_at,
                   a.scheduled_at
              from article a left join article_reporter r on r.id = a.reporter_id
                   left join article_view_count v on v.article_id = a.id
            """;
    // "(:section is null or ...)" would defeat the index on PostgreSQL: build the two shapes instead.
    private static final String PUBLISHED = " where a.status = 'PUBLISHED' ";
    private static final String IN_SECTION = " and a.section_id = :section ";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PublishedCounts counts;

    ArticleRepository(JdbcClient jdbc, JdbcTemplate batch, PublishedCounts counts) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.counts = counts;
    }

    public long insert(ArticleDraft draft, ArticleStatus status, boolean hasImages, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into article (section_id, headline, subheadline, body_html, lead_image_id, lead_image_caption,
                                     lead_image_credit, has_images, reporter_id, status, created_at, updated_at)
                values (:section, :headline, :subheadline, :body, :image, :caption, :credit, :hasImages, :reporter,
                        :status, :now, :now)
                """).param("section", draft.sectionId()).param("headline", draft.headline())
                .param("subheadline", draft.subheadline()).param("body", draft.bodyHtml())
                .param("image", draft.leadImageId()).param("caption", draft.leadImageCaption())
                .param("credit", draft.leadImageCredit())
                .param("hasImages", hasImages).param("reporter", draft.reporterId()).param("status", status.name())
                .param("now", SeoulTime.jdbc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Article> findById(long id) {
        return jdbc.sql(ARTICLE + " where a.id = :id").param("id", id).query(ArticleRepository::article).optional();
    }

    public Optional<Article> findPublishedByNumber(long number) {
        return jdbc.sql(ARTICLE + PUBLISHED + " and a.number = :number").param("number", number)
                .query(ArticleRepository::article).optional();
    }

    public Optional<Long> publishedId(long number) {
        return jdbc.sql("select a.id from article a" + PUBLISHED + " and a.number = :number").param("number", number)
                .query(Long.class).optional();
    }

    /**
     * Newest first, rows {@code offset} to {@code offset + limit - 1}. No OFFSET over the rows
     * before the page: the maintained per-block counts locate the block the page starts in, from
     * the newest or, for the back half of the list, from the oldest end; the query then skips
     * fewer than one block's rows along the (status, number) index. Gaps left by withdrawn
     * articles are in the counts, so they cost nothing.
     */
    public List<ArticleSummary> listPublished(Long sectionId, long offset, int limit) {
        long total = counts.total(sectionId);
        if (limit <= 0 || offset < 0 || offset >= total) {
            return List.of();
        }
        long end = Math.min(offset + limit, total);
        List<PublishedCounts.Block> blocks = counts.blocks(sectionId);
        if (offset <= total - end) {
            long skip = offset;
            for (int i = blocks.size() - 1; i >= 0; i--) {
                PublishedCounts.Block block = blocks.get(i);
                if (skip < block.published()) {
                    // a section seldom holds every number of a block: not worth a read
                    long dense = sectionId == null ? denseTop(block) : 0;
                    long top = skip == 0 ? block.lastNumber()
                            : dense > 0 ? dense - skip
                            : anchor(sectionId, " and a.number <= :from", " order by a.number desc limit 1 offset :skip",
                                    block.lastNumber(), skip);
                    if (top < 0) {
                        return List.of();
                    }
                    return inSection(SUMMARY + PUBLISHED + " and a.number <= :top", sectionId,
                            " order by a.number desc limit :limit").param("top", top)
                            .param("limit", end - offset).query(ArticleRepository::summary).list();
                }
                skip -= block.published();
            }
        }
        else {
            long skip = total - end; // rows older than the page's last row
            for (PublishedCounts.Block block : blocks) {
                if (skip < block.published()) {
                    long bottom = skip == 0 ? block.firstNumber()
                            : sectionId == null && denseTop(block) > 0 ? block.firstNumber() + skip
                            : anchor(sectionId, " and a.number >= :from", " order by a.number asc limit 1 offset :skip",
                                    block.firstNumber(), skip);
                    if (bottom < 0) {
                        return List.of();
                    }
                    List<ArticleSummary> rows = new java.util.ArrayList<>(inSection(
                            SUMMARY + PUBLISHED + " and a.number >= :bottom", sectionId,
                            " order by a.number asc limit :limit").param("bottom", bottom)
                            .param("limit", end - offset).query(ArticleRepository::summary).list());
                    java.util.Collections.reverse(rows);
                    return rows;
                }
                skip -= block.published();
            }
        }
        return List.of(); // the counts ran out before the rows: only after a bulk load without a recount
    }

    /**
     * The block's highest number if every number from its first up to that one is published in
     * the scope (nothing withdrawn: a paper's blocks nearly always are), else 0. Then a row's
     * place in the block is arithmetic and no index entry need be counted or skipped. Only a
     * block not full reads the last number handed out, to know where its numbers end.
     */
    private long denseTop(PublishedCounts.Block block) {
        return denseTop(block, block.published() == PublishedCounts.BLOCK ? block.lastNumber() : lastNumber());
    }

    private static long denseTop(PublishedCounts.Block block, long lastNumber) {
        long top = Math.min(block.lastNumber(), lastNumber);
        return block.published() == top - block.firstNumber() + 1 ? top : 0;
    }

    /** The last running number handed out (V3's one row). */
    private long lastNumber() {
        return jdbc.sql("select last_number from article_number where id = 1").query(Long.class).single();
    }

    /**
     * The number {@code skip} published rows past {@code from} (under 1,000): the offset walks the
     * narrow (status, number) index alone, without the join and wide rows of the summary query.
     */
    private long anchor(Long sectionId, String bound, String order, long from, long skip) {
        return inSection("select a.number from article a" + PUBLISHED + bound, sectionId, order)
                .param("from", from).param("skip", skip).query(Long.class).optional()
                .orElse(-1L); // counts ahead of the rows (bulk load without a recount): no page, as before
    }

    /** From the maintained count: no row is read. */
    public long countPublished(Long sectionId) {
        return counts.total(sectionId);
    }

    public long countPublishedOn(java.time.LocalDate day, Long sectionId) {
        return counts.publishedOn(day, sectionId);
    }

    public long countPublishedSince(Instant since, Long sectionId) {
        return inSection("select count(*) from article a" + PUBLISHED + " and a.published_at >= :since", sectionId, "")
                .param("since", SeoulTime.jdbc(since)).query(Long.class).single();
    }

    /**
     * How many published articles (in the section) are newer than the given number: the counts
     * of the blocks above its block, plus the block's own newer rows counted along the index, at
     * most half a block: below the middle, the block's maintained count less its rows up to the
     * number (one statement, one snapshot). Every uncached article page asks, and decoding up to
     * a thousand index entries was a fifth of what such a page allocated. In the whole paper's
     * block with nothing withdrawn, the newer rows are the numbers above: no row is counted.
     */
    public long countNewerThan(long number, Long sectionId) {
        long block = PublishedCounts.blockOf(Math.max(1, number));
        long bottom = block * PublishedCounts.BLOCK + 1;
        long top = (block + 1) * PublishedCounts.BLOCK;
        long inBlock;
        long dense = sectionId == null ? denseTop(number, block) : 0;
        if (dense > 0) {
            inBlock = Math.max(0, dense - number);
        }
        else if (top - number <= number - bottom) {
            inBlock = inSection("select count(*) from article a" + PUBLISHED + " and a.number > :number and a.number <= :top",
                    sectionId, "").param("number", number).param("top", top).query(Long.class).single();
        }
        else {
            inBlock = inSection("""
                    select coalesce((select b.published from article_count_block b
                                      where b.section_key = :key and b.block = :block), 0) - count(*)
                      from article a""" + PUBLISHED + " and a.number >= :bottom and a.number <= :number", sectionId, "")
                    .param("key", PublishedCounts.key(sectionId)).param("block", block).param("bottom", bottom)
                    .param("number", number).query(Long.class).single();
        }
        return counts.publishedAfterBlock(block, sectionId) + inBlock;
    }

    /** {@link #denseTop(PublishedCounts.Block)} for the whole paper's block of a number: one statement. */
    private long denseTop(long number, long block) {
        return jdbc.sql("""
                select b.published, n.last_number from article_count_block b cross join article_number n
                 where b.section_key = 0 and b.block = :block and n.id = 1
                """).param("block", block).query((rs, i) -> {
                    long top = denseTop(new PublishedCounts.Block(block, rs.getLong(1)), rs.getLong(2));
                    return number <= top ? top : 0L;
                }).optional().orElse(0L);
    }

    public Optional<ArticleSummary> older(long number, Long sectionId) {
        return inSection(SUMMARY + PUBLISHED + " and a.number < :number", sectionId,
                " order by a.number desc limit 1").param("number", number).query(ArticleRepository::summary).optional();
    }

    public Optional<ArticleSummary> newer(long number, Long sectionId) {
        return inSection(SUMMARY + PUBLISHED + " and a.number > :number", sectionId,
                " order by a.number asc limit 1").param("number", number).query(ArticleRepository::summary).optional();
    }

    /**
     * Makes the article public if it is still in one of the given states; false when another
     * editor or node got there first. The first publication's time is kept on republishing.
     */
    public boolean markPublished(long id, long number, Instant at, List<String> fromStatuses) {
        return jdbc.sql("""
                update article set status = 'PUBLISHED', number = :number,
                       published_at = coalesce(published_at, :at), updated_at = :at, scheduled_at = null,
                       version = version + 1
                 where id = :id and status in (:from)
                """).param("id", id).param("number", number).param("at", SeoulTime.jdbc(at))
                .param("from", fromStatuses).update() == 1;
    }

    /** Moves the article between states if it is still in one of {@code from}; false otherwise. */
    public boolean changeStatus(long id, List<String> from, String to, Instant at) {
        return jdbc.sql("""
                update article set status = :to, updated_at = :at, scheduled_at = null, version = version + 1
                 where id = :id and status in (:from)
                """).param("id", id).param("to", to).param("at", SeoulTime.jdbc(at)).param("from", from).update() == 1;
    }

    public boolean schedule(long id, Instant when, boolean push, boolean breaking, List<String> from, Instant now) {
        return jdbc.sql("""
                update article set status = 'SCHEDULED', scheduled_at = :when, scheduled_push = :push,
                       scheduled_breaking = :breaking, updated_at = :now, version = version + 1
                 where id = :id and status in (:from)
                """).param("id", id).param("when", SeoulTime.jdbc(when)).param("push", push)
                .param("breaking", breaking).param("now", SeoulTime.jdbc(now)).param("from", from).update() == 1;
    }

    /**
     * Scheduled articles whose time has come, oldest first: id, push and breaking flags. Locked until
     * the caller's transaction ends, skipping rows another node holds: two nodes never both take a
     * running number for one article (the loser's would be a gap).
     */
    public List<DueArticle> dueScheduled(Instant now, int limit) {
        return jdbc.sql("""
                select id, scheduled_push, scheduled_breaking from article
                 where status = 'SCHEDULED' and scheduled_at <= :now order by scheduled_at, id
                 fetch first :limit rows only for update skip locked
                """).param("now", SeoulTime.jdbc(now)).param("limit", limit)
                .query((rs, n) -> new DueArticle(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3))).list();
    }

    public record DueArticle(long id, boolean push, boolean breaking) {
    }

    /** Saves new content if nobody saved since {@code expectedVersion}; false on a lost race. */
    public boolean updateContent(long id, ArticleDraft draft, boolean hasImages, Instant now, long expectedVersion) {
        return jdbc.sql("""
                update article set section_id = :section, headline = :headline, subheadline = :subheadline,
                       body_html = :body, lead_image_id = :image, lead_image_caption = :caption,
                       lead_image_credit = :credit, has_images = :hasImages, reporter_id = :reporter,
                       updated_at = :now, version = version + 1
                 where id = :id and version = :version
                """).param("id", id).param("section", draft.sectionId()).param("headline", draft.headline())
                .param("subheadline", draft.subheadline()).param("body", draft.bodyHtml())
                .param("image", draft.leadImageId()).param("caption", draft.leadImageCaption())
                .param("credit", draft.leadImageCredit()).param("hasImages", hasImages)
                .param("reporter", draft.reporterId()).param("now", SeoulTime.jdbc(now))
                .param("version", expectedVersion).update() == 1;
    }

    public void replaceTags(long id, List<String> tags) {
        jdbc.sql("delete from article_tag where article_id = :id").param("id", id).update();
        for (int i = 0; i < tags.size(); i++) {
            jdbc.sql("insert into article_tag (article_id, position, tag) values (:id, :position, :tag)")
                    .param("id", id).param("position", i).param("tag", tags.get(i)).update();
        }
    }

    public List<String> tagsOf(long id) {
        return jdbc.sql("select tag from article_tag where article_id = :id order by position")
                .param("id", id).query(String.class).list();
    }

    /** The newsroom's list: any status, filtered, newest change first. */
    public List<ArticleSummary> search(String status, Long sectionId, Long reporterId, String titleLike, long offset,
            int limit) {
        return newsroomFilter(SUMMARY, status, sectionId, reporterId, titleLike,
                " order by a.updated_at desc, a.id desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(ArticleRepository::summary).list();
    }

    public long countSearch(String status, Long sectionId, Long reporterId, String titleLike) {
        return newsroomFilter("select count(*) from article a", status, sectionId, reporterId, titleLike, "")
                .query(Long.class).single();
    }

    private StatementSpec newsroomFilter(String head, String status, Long sectionId, Long reporterId,
            String titleLike, String tail) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and a.status = :status");
        }
        if (sectionId != null) {
            where.append(" and a.section_id = :section");
        }
        if (reporterId != null) {
            where.append(" and a.reporter_id = :reporter");
        }
        if (titleLike != null) {
            where.append(" and lower(a.headline) like :title escape '\\'");
        }
        StatementSpec spec = jdbc.sql(head + where + tail);
        if (status != null) {
            spec = spec.param("status", status);
        }
        if (sectionId != null) {
            spec = spec.param("section", sectionId);
        }
        if (reporterId != null) {
            spec = spec.param("reporter", reporterId);
        }
        if (titleLike != null) {
            spec = spec.param("title", "%" + titleLike.toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return spec;
    }

    /** Keyset page for endless scrolling: published articles older than {@code beforeNumber}, newest first. */
    public List<ArticleSummary> listPublishedBefore(Long sectionId, long beforeNumber, int limit) {
        return inSection(SUMMARY + PUBLISHED + " and a.number < :before", sectionId,
                " order by a.number desc limit :limit").param("before", beforeNumber).param("limit", limit)
                .query(ArticleRepository::summary).list();
    }

    /** The published ones among the given ids, in no particular order. */
    public List<ArticleSummary> publishedSummaries(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + PUBLISHED + " and a.id in (:ids)").param("ids", ids)
                .query(ArticleRepository::summary).list();
    }

    /** Takes the next running number; the row lock serialises concurrent publishers. */
    public long takeNextNumber() {
        jdbc.sql("update article_number set last_number = last_number + 1 where id = 1").update();
        return lastNumber();
    }

    /** After an import with given numbers: new numbers continue above the highest one. */
    public void raiseLastNumberTo(long number) {
        jdbc.sql("update article_number set last_number = greatest(last_number, :number) where id = 1")
                .param("number", number).update();
    }

    public void importPublished(long id, long number, Instant publishedAt, long views) {
        // an import is not an edit: it keeps the original dates and counts
        jdbc.sql("""
                update article set status = 'PUBLISHED', number = :number, published_at = :at, updated_at = :at,
                       created_at = :at, view_count = :views
                 where id = :id
                """).param("id", id).param("number", number).param("at", SeoulTime.jdbc(publishedAt))
                .param("views", views).update();
    }

    /** Adds counted views; increments only, so concurrent flushers on several nodes never lose one. */
    public void addViews(Map<Long, Long> viewsByArticle) {
        List<Object[]> args = viewsByArticle.entrySet().stream()
                .map(e -> new Object[] { e.getValue(), e.getKey() }).toList();
        // rows of their own (V22): an article's row, body and all, is not rewritten for a view
        batch.batchUpdate("insert into article_view_count (article_id, views) values (?, 0) on conflict do nothing",
                viewsByArticle.keySet().stream().map(id -> new Object[] { id }).toList());
        batch.batchUpdate("update article_view_count set views = views + ? where article_id = ?", args);
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from (select id from article limit 1) x").query(Long.class).single() == 0;
    }

    private StatementSpec inSection(String head, Long sectionId, String tail) {
        if (sectionId == null) {
            return jdbc.sql(head + byIndex(tail, "a.status"));
        }
        return jdbc.sql(head + IN_SECTION + byIndex(tail, "a.section_id, a.status")).param("section", sectionId);
    }

    /**
     * "order by a.number" spelled as the index's columns: the leading ones are fixed by the
     * where clause, but H2 only walks an index in order (and stops after the limit) when the
     * order names all of them; otherwise it sorts every matching row. PostgreSQL plans both alike.
     */
    private static String byIndex(String tail, String leading) {
        String desc = String.join(" desc, ", leading.split(", ")) + " desc, a.number desc";
        return tail.replace("order by a.number desc", "order by " + desc)
                .replace("order by a.number asc", "order by " + leading + ", a.number asc");
    }

    private static Article article(ResultSet rs, int row) throws SQLException {
        return new Article(rs.getLong("id"), nullableLong(rs, "number"), nullableLong(rs, "section_id"),
                rs.getString("headline"), rs.getString("subheadline"), rs.getString("body_html"),
                nullableLong(rs, "lead_image_id"), rs.getString("lead_image_caption"),
                rs.getString("lead_image_credit"), rs.getBoolean("has_images"), nullableLong(rs, "reporter_id"),
                rs.getString("display_name"), ArticleStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"), instant(rs, "published_at"), instant(rs, "updated_at"),
                instant(rs, "scheduled_at"), rs.getLong("view_count"), rs.getLong("version"), List.of());
    }

    private static ArticleSummary summary(ResultSet rs, int row) throws SQLException {
        return new ArticleSummary(rs.getLong("id"), nullableLong(rs, "number"), nullableLong(rs, "section_id"),
                rs.getString("headline"), rs.getBoolean("has_images"), rs.getString("display_name"),
                rs.getLong("view_count"), instant(rs, "published_at"), ArticleStatus.valueOf(rs.getString("status")),
                instant(rs, "updated_at"), instant(rs, "scheduled_at"));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Newest first, with the body; tags are read separately ({@link #tagsOfAll}). */
    public List<Article> latestPublished(Long sectionId, int limit) {
        return inSection(ARTICLE + PUBLISHED, sectionId, " order by a.number desc limit :limit")
                .param("limit", limit).query(ArticleRepository::article).list();
    }

    /** Tags of several articles in one query, each list in its stored order. */
    public Map<Long, List<String>> tagsOfAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select article_id, tag from article_tag where article_id in (:ids) order by article_id, position")
                .param("ids", ids).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Newest updated_at of published and withdrawn articles numbered {@code fromNumber} or higher. */
    public Optional<Instant> lastChangeFrom(long fromNumber, Long sectionId) {
        return Optional.ofNullable(inSection("""
                select max(a.updated_at) as last_change from article a
                 where a.status in ('PUBLISHED', 'WITHDRAWN') and a.number >= :from
                """, sectionId, "").param("from", fromNumber)
                .query((rs, n) -> instant(rs, "last_change")).list().get(0));
    }

    /** First published at or after {@code since}, newest first; uses the (status, published_at) index. */
    public List<ArticleSummary> publishedSince(Instant since, int limit) {
        return jdbc.sql(SUMMARY + PUBLISHED + """
                 and a.published_at >= :since order by a.published_at desc, a.number desc limit :limit
                """).param("since", SeoulTime.jdbc(since)).param("limit", limit)
                .query(ArticleRepository::summary).list();
    }

    public List<PublishedBlock> publishedBlocks(int blockSize) {
        if (blockSize % PublishedCounts.BLOCK == 0) {
            // sums of the maintained blocks: a thousandth of the rows, whatever the paper's size
            int per = blockSize / PublishedCounts.BLOCK;
            java.util.TreeMap<Long, PublishedBlock> merged = new java.util.TreeMap<>();
            for (PublishedCounts.BlockChange change : counts.changes()) {
                merged.merge(change.block() / per, new PublishedBlock(change.block() / per, change.published(),
                        change.lastChange()), ArticleRepository::combine);
            }
            return List.copyOf(merged.values());
        }
        // the block expression sits in a subquery: PostgreSQL does not see two bind parameters as one group key
        return jdbc.sql("""
                select block, count(*) as published, max(updated_at) as last_updated
                  from (select (a.number - 1) / :size as block, a.updated_at from article a
                         where a.status = 'PUBLISHED') b
                 group by block order by block
                """).param("size", (long) blockSize)
                .query((rs, n) -> new PublishedBlock(rs.getLong("block"), rs.getLong("published"),
                        instant(rs, "last_updated"))).list();
    }

    private static PublishedBlock combine(PublishedBlock a, PublishedBlock b) {
        Instant last = a.lastUpdated() == null ? b.lastUpdated()
                : b.lastUpdated() == null || a.lastUpdated().isAfter(b.lastUpdated()) ? a.lastUpdated() : b.lastUpdated();
        return new PublishedBlock(a.index(), a.published() + b.published(), last);
    }

    public Optional<PublishedBlock> publishedBlock(long index, int blockSize) {
        if (blockSize % PublishedCounts.BLOCK == 0) {
            return publishedBlocks(blockSize).stream().filter(block -> block.index() == index).findFirst();
        }
        return jdbc.sql("""
                select count(*) as published, max(a.updated_at) as last_updated from article a
                 where a.status = 'PUBLISHED' and a.number between :first and :last
                """).param("first", index * blockSize + 1).param("last", (index + 1) * blockSize)
                .query((rs, n) -> new PublishedBlock(index, rs.getLong("published"), instant(rs, "last_updated")))
                .optional().filter(block -> block.published() > 0);
    }

    /** Streams the rows: a sitemap page of 50,000 articles is written without holding them. */
    public void forEachPublished(long fromNumber, long toNumber, Consumer<ArticleStamp> action) {
        try (Stream<ArticleStamp> rows = jdbc.sql("""
                select a.number, a.updated_at from article a
                 where a.status = 'PUBLISHED' and a.number between :from and :to order by a.status, a.number
                """).param("from", fromNumber).param("to", toNumber)
                .query((rs, n) -> new ArticleStamp(rs.getLong("number"), instant(rs, "updated_at"))).stream()) {
            rows.forEach(action);
        }
    }

    public Optional<Long> highestPublishedNumber() {
        return jdbc.sql("select a.number from article a" + PUBLISHED + " order by a.status desc, a.number desc limit 1")
                .query(Long.class).optional();
    }

    /**
     * Published articles numbered above {@code afterNumber}, in number order: keyset pages for a
     * full reindex, read along the (status, number) index (ordering by id made the database sort
     * every published row for each page).
     */
    public List<Article> publishedAfterNumber(long afterNumber, int limit) {
        return jdbc.sql(ARTICLE + PUBLISHED + " and a.number > :after order by a.number limit :limit")
                .param("after", afterNumber).param("limit", limit).query(ArticleRepository::article).list();
    }

    public List<Article> publishedByIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ARTICLE + PUBLISHED + " and a.id in (:ids)").param("ids", ids)
                .query(ArticleRepository::article).list();
    }

    /** Ids of articles readers can see or could see (published, withdrawn) changed at or after {@code since}. */
    public List<Long> idsChangedSince(Instant since) {
        // the status is tested here, not in SQL: with it there, H2 read along the status index, every row
        List<Long> ids = new ArrayList<>();
        jdbc.sql("select a.id, a.status from article a where a.updated_at >= :since")
                .param("since", SeoulTime.jdbc(since))
                .query(rs -> {
                    String status = rs.getString(2);
                    if ("PUBLISHED".equals(status) || "WITHDRAWN".equals(status)) {
                        ids.add(rs.getLong(1));
                    }
                });
        return ids;
    }
}
