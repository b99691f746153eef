package io.sinmun.reader.internal;

import java.util.List;

import io.sinmun.section.Section;

/**
 * A board list as the reader sees it: the counter, the rows and the page links. {@code notice}
 * explains a page the reader did not ask for exactly (a page past the end shows the last one).
 */
public record Board(Section section, long today, long total, List<Row> rows, Pagination pagination, String notice) {

    public record Row(long number, String headline, boolean hasImages, String reporter, long views, String date,
            String isoDate, String url, boolean current) {
    }
}
