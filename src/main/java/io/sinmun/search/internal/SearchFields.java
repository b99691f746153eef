package io.sinmun.search.internal;

import java.util.List;

import io.sinmun.article.Article;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.jsoup.Jsoup;

/**
 * The index's fields. Only the id is stored: hits are shown from the database, which also
 * keeps a withdrawn article out of the results if its removal from the index is still pending.
 */
final class SearchFields {

    static final String ID = "id";
    static final String HEADLINE = "headline";
    static final String SUBHEADLINE = "subheadline";
    static final String BODY = "body";
    /** Headline, subheadline, tags, reporter and body in one field: what a search must match. */
    static final String TEXT = "text";
    /** In an index's fingerprint when its documents have {@link #TEXT} (and no {@link #BODY}). */
    static final String SCHEMA = "text-field";
    static final String TAGS = "tags";
    static final String REPORTER = "reporter";
    static final String REPORTER_ID = "reporter_id";
    static final String SECTION = "section";
    static final String BIGRAM = "bigram";
    static final String PUBLISHED = "published";

    /** Field boosts for the analyzer's hits; the bigram field is weighted far below them. */
    static final List<Weighted> WEIGHTED = List.of(new Weighted(HEADLINE, 4f), new Weighted(SUBHEADLINE, 2f),
            new Weighted(TAGS, 2f), new Weighted(REPORTER, 1.5f), new Weighted(BODY, 1f));
    static final float BIGRAM_BOOST = 0.1f;
    /**
     * With {@link #TEXT}: a word must match there (weight 1, as the body had), and where it is
     * also in the headline, subheadline, tags or reporter these add to its score.
     */
    static final List<Weighted> LIFTS = List.of(new Weighted(HEADLINE, 4f), new Weighted(SUBHEADLINE, 2f),
            new Weighted(TAGS, 2f), new Weighted(REPORTER, 1.5f));

    record Weighted(String field, float boost) {
    }

    private SearchFields() {
    }

    static Document of(Article article, String sectionSlug) {
        return of(article, sectionSlug, 0);
    }

    /**
     * The article's entry. Matching runs on {@link #TEXT} alone: one flat field was a third
     * faster to search at a million articles than a choice of five per word, for a second Nori
     * pass over the short fields only. With {@code analyzedBodyChars > 0} only the body's first characters
     * (cut at a space) go through Nori, the costly part of indexing; the bigram field always
     * has the whole body, so every word stays findable (ranked as a bigram hit past the lead).
     */
    static Document of(Article article, String sectionSlug, int analyzedBodyChars) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
        String body = text(article.bodyHtml());
        doc.add(new TextField(HEADLINE, article.headline(), Field.Store.NO));
        if (article.subheadline() != null) {
            doc.add(new TextField(SUBHEADLINE, article.subheadline(), Field.Store.NO));
        }
        doc.add(new TextField(TEXT, article.headline(), Field.Store.NO));
        if (article.subheadline() != null) {
            doc.add(new TextField(TEXT, article.subheadline(), Field.Store.NO));
        }
        for (String tag : article.tags()) {
            doc.add(new TextField(TAGS, tag, Field.Store.NO));
            doc.add(new TextField(TEXT, tag, Field.Store.NO));
        }
        if (article.reporterName() != null) {
            doc.add(new TextField(REPORTER, article.reporterName(), Field.Store.NO));
            doc.add(new TextField(TEXT, article.reporterName(), Field.Store.NO));
        }
        doc.add(new TextField(TEXT, lead(body, analyzedBodyChars), Field.Store.NO));
        if (article.reporterId() != null) {
            doc.add(new StringField(REPORTER_ID, Long.toString(article.reporterId()), Field.Store.NO));
        }
        if (sectionSlug != null) {
            doc.add(new StringField(SECTION, sectionSlug, Field.Store.NO));
        }
        String all = article.headline() + "\n" + (article.subheadline() == null ? "" : article.subheadline() + "\n")
                + String.join(" ", article.tags()) + "\n" + body;
        doc.add(new TextField(BIGRAM, all, Field.Store.NO));
        long published = article.publishedAt().toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        return doc;
    }

    static String lead(String body, int chars) {
        if (chars <= 0 || body.length() <= chars) {
            return body;
        }
        int cut = body.indexOf(' ', chars);
        return cut < 0 ? body : body.substring(0, cut);
    }

    /** The body as plain text: tags dropped, entities decoded, paragraphs kept apart by spaces. */
    static String text(String html) {
        return html == null || html.isEmpty() ? "" : Jsoup.parseBodyFragment(html).text();
    }
}
