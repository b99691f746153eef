package io.sinmun.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What readers' templates get from a catalogue entry: the right copy for a slot, and srcset. */
class MediaImageTests {

    private static final String SHA = "ab" + "0".repeat(62);

    @Test
    void urlForAWidthIsTheWidestPictureThatFitsOrElseTheNarrowest() {
        MediaImage image = MediaImage.withVariants(1, SHA, "image/webp", 2000, 1000, 1, Instant.EPOCH,
                List.of(320, 640, 1280));

        assertThat(image.url(100)).isEqualTo("/media/" + SHA + "-320.jpg");
        assertThat(image.url(700)).isEqualTo("/media/" + SHA + "-640.jpg");
        assertThat(image.url(1280)).isEqualTo("/media/" + SHA + "-1280.jpg");
        assertThat(image.url(5000)).isEqualTo("/media/" + SHA + ".webp");
        assertThat(image.variant(640)).map(ImageVariant::height).contains(320);
        assertThat(image.variant(800)).isEmpty();
    }

    @Test
    void srcsetListsTheCopiesThenTheOriginal() {
        MediaImage image = MediaImage.withVariants(1, SHA, "image/gif", 500, 333, 1, Instant.EPOCH, List.of(320));

        assertThat(image.srcset()).isEqualTo("/media/" + SHA + "-320.png 320w, /media/" + SHA + ".gif 500w");
        assertThat(image.variants()).containsExactly(new ImageVariant(320, 213, "/media/" + SHA + "-320.png"));
    }

    @Test
    void anImageStoredBeforeCopiesExistedIsAlwaysTheOriginal() {
        MediaImage image = new MediaImage(1, SHA, "image/jpeg", 3000, 2000, 1, Instant.EPOCH);

        assertThat(image.variants()).isEmpty();
        assertThat(image.url(320)).isEqualTo(image.url());
        assertThat(image.srcset()).isEqualTo(image.url() + " 3000w");
    }
}
