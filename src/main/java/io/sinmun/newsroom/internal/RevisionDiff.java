package io.sinmun.newsroom.internal;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import io.sinmun.article.ArticleRevision;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A line diff of two revisions as an editor reads them: the fields, then the body paragraph by paragraph. */
record RevisionDiff(List<Line> lines, int added, int removed) {

    enum Kind { SAME, ADDED, REMOVED }

    record Line(Kind kind, String text) {
    }

    static List<String> lines(ArticleRevision r) {
        List<String> lines = new ArrayList<>();
        lines.add("제목: " + r.headline());
        lines.add("부제: " + (r.subheadline() == null ? "" : r.subheadline()));
        lines.add("태그: " + String.join(", ", r.tags()));
        lines.add("사진 설명: " + (r.leadImageCaption() == null ? "" : r.leadImageCaption()));
        for (Element block : Jsoup.parseBodyFragment(r.bodyHtml()).body().children()) {
            String text = block.is("figure") ? "[사진] " + block.select("figcaption").text() : block.text();
            if (!text.isBlank()) {
                lines.add(text);
            }
        }
        return lines;
    }

    static RevisionDiff between(List<String> before, List<String> after) {
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Line> lines = new ArrayList<>();
        int position = 0;
        int added = 0;
        int removed = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                lines.add(new Line(Kind.SAME, before.get(position)));
            }
            for (String line : delta.getSource().getLines()) {
                lines.add(new Line(Kind.REMOVED, line));
                removed++;
            }
            for (String line : delta.getTarget().getLines()) {
                lines.add(new Line(Kind.ADDED, line));
                added++;
            }
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            lines.add(new Line(Kind.SAME, before.get(position)));
        }
        return new RevisionDiff(lines, added, removed);
    }
}
