package io.sinmun.reader.internal;

import io.sinmun.article.Article;
import io.sinmun.media.MediaImage;
import io.sinmun.section.Section;

/** What the article page shows besides the board: the article, its section, image and neighbours. */
public record ArticleView(Article article, Section section, MediaImage leadImage, long views, String publishedDate,
        String publishedIso, String updatedDate, String updatedIso, Neighbour older, Neighbour newer,
        String backUrl) {

    public record Neighbour(String headline, String url) {
    }
}
