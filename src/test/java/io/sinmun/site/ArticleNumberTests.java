package io.sinmun.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The article path the page cache and the view counter recognise on every read, without a regex. */
class ArticleNumberTests {

    @Test
    void onlyAnArticlePathWithOneToEighteenDigitsHasANumber() {
        assertThat(PublicUrls.articleNumber("/articles/160")).isEqualTo(160);
        assertThat(PublicUrls.articleNumber("/articles/999999999999999999")).isEqualTo(999_999_999_999_999_999L);
        for (String other : new String[] { "/articles/", "/articles/1x", "/articles/-1", "/articles/1/", "/article/160",
                "/articles/1234567890123456789", "/sections/160", "/articles/ 1", "/xarticles/160" }) {
            assertThat(PublicUrls.articleNumber(other)).as(other).isEqualTo(-1);
        }
    }
}
