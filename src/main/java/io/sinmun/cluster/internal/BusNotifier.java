package io.sinmun.cluster.internal;

import java.util.Objects;
import java.util.Set;

import io.sinmun.article.ArticlePublished;
import io.sinmun.article.ArticleReads;
import io.sinmun.article.ArticleUpdated;
import io.sinmun.article.ArticleWithdrawn;
import io.sinmun.article.Articles;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.section.SectionsChanged;
import io.sinmun.site.SiteSettingsChanged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each change to the other nodes with {@code pg_notify} inside the transaction that made it:
 * PostgreSQL delivers it only if, and as soon as, that transaction commits, so a rolled-back
 * publish is never announced and a committed one always is (while the receivers listen). The tags
 * are those the local page cache drops ({@link ArticleReads#tagsOf}), computed here where the
 * transaction still sees the change.
 */
class BusNotifier {

    /** Set while the bus re-announces another node's change here, so that it is not sent back. */
    static final ThreadLocal<Boolean> RELAYING = ThreadLocal.withInitial(() -> false);

    private final JdbcClient jdbc;
    private final BusChannel channel;
    private final Sections sections;
    private final Articles articles;

    BusNotifier(JdbcClient jdbc, BusChannel channel, Sections sections, Articles articles) {
        this.jdbc = jdbc;
        this.channel = channel;
        this.sections = sections;
        this.articles = articles;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ArticlePublished published) {
        article(published.articleId(), published.number(),
                ArticleReads.tagsOf(published, sectionId(published.sectionSlug())));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ArticleWithdrawn withdrawn) {
        article(withdrawn.articleId(), withdrawn.number(),
                ArticleReads.tagsOf(withdrawn, sectionId(withdrawn.sectionSlug())));
    }

    /** As the page cache does: a section move drops both sections' lists. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ArticleUpdated updated) {
        Long named = sectionId(updated.sectionSlug());
        Long current = articles.findPublished(updated.number()).map(a -> a.sectionId()).orElse(named);
        article(updated.articleId(), updated.number(), Objects.equals(named, current) ? ArticleReads.tagsOf(updated)
                : ArticleReads.tagsOfMove(updated.number(), named, current));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SectionsChanged changed) {
        send(BusMessage.of(channel.node(), BusMessage.Kind.SECTIONS));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SiteSettingsChanged changed) {
        send(BusMessage.of(channel.node(), BusMessage.Kind.SETTINGS));
    }

    private void article(long articleId, long number, Set<String> tags) {
        send(BusMessage.article(channel.node(), articleId, number, tags));
    }

    private void send(BusMessage message) {
        if (RELAYING.get()) {
            return;
        }
        jdbc.sql("select pg_notify(:channel, :payload)").param("channel", channel.channel())
                .param("payload", message.encode()).query().singleRow();
    }

    private Long sectionId(String slug) {
        return slug == null ? null : sections.findBySlug(slug).map(Section::id).orElse(null);
    }
}
