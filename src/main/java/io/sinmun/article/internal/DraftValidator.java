package io.sinmun.article.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleRejectedException;
import io.sinmun.article.SanitizedHtml;
import io.sinmun.section.Sections;

import org.springframework.stereotype.Component;

/** Checks a draft against the newsroom's limits and cleans it: trimmed text, sanitized body, tidy tags. */
@Component
public class DraftValidator {

    private final BodySanitizer sanitizer;
    private final Sections sections;

    DraftValidator(BodySanitizer sanitizer, Sections sections) {
        this.sanitizer = sanitizer;
        this.sections = sections;
    }

    /** The draft as it may be stored, and what the sanitizer had to remove. */
    public record CleanDraft(ArticleDraft draft, List<String> removed) {
    }

    public CleanDraft clean(ArticleDraft draft) {
        if (draft.sectionId() != null && sections.findById(draft.sectionId()).isEmpty()) {
            throw new ArticleRejectedException("없는 섹션입니다.");
        }
        return cleanContent(draft);
    }

    /** As {@link #clean} without the section lookup, for bulk callers that check their sections once. */
    public CleanDraft cleanContent(ArticleDraft draft) {
        String headline = PlainText.of(draft.headline()).text();
        if (headline.isEmpty() || headline.length() > 300) {
            throw new ArticleRejectedException("제목은 1~300자여야 합니다.");
        }
        String subheadline = blankToNull(PlainText.of(draft.subheadline()).text());
        if (subheadline != null && subheadline.length() > 500) {
            throw new ArticleRejectedException("부제는 500자까지 쓸 수 있습니다.");
        }
        String caption = blankToNull(PlainText.of(draft.leadImageCaption()).text());
        String credit = blankToNull(PlainText.of(draft.leadImageCredit()).text());
        if ((caption != null && caption.length() > 500) || (credit != null && credit.length() > 200)) {
            throw new ArticleRejectedException("사진 설명은 500자, 출처는 200자까지 쓸 수 있습니다.");
        }
        String body = draft.bodyHtml() == null ? "" : draft.bodyHtml();
        if (body.length() > 500_000) {
            throw new ArticleRejectedException("본문이 너무 깁니다 (최대 50만 자).");
        }
        SanitizedHtml clean = sanitizer.clean(body);
        return new CleanDraft(new ArticleDraft(draft.sectionId(), headline, subheadline, clean.html(),
                draft.leadImageId(), caption, credit, draft.reporterId(), tags(draft.tags())), clean.removed());
    }

    private static List<String> tags(List<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            String t = PlainText.of(tag).text();
            if (t.startsWith("#")) {
                t = t.substring(1).strip();
            }
            if (t.length() > 50) {
                throw new ArticleRejectedException("태그는 50자까지 쓸 수 있습니다: " + t.substring(0, 20) + "…");
            }
            if (!t.isEmpty() && !t.contains(",")) {
                tags.add(t);
            }
        }
        if (tags.size() > 20) {
            throw new ArticleRejectedException("태그는 20개까지 달 수 있습니다.");
        }
        return List.copyOf(tags);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
