package io.sinmun.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import java.awt.Graphics2D;
import java.io.UncheckedIOException;
import java.util.HashSet;

import io.sinmun.media.internal.ImageInspector;
import io.sinmun.media.internal.VariantMaker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What storing and serving images must do on every supported database: the same tests run on the
 * embedded H2 ({@link MediaImagesTests}) and on PostgreSQL ({@link PostgresMediaImagesTests}).
 */
abstract class MediaImagesContract {

    @Autowired MediaImages images;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @MockitoSpyBean ImageInspector inspector;
    @MockitoSpyBean VariantMaker variantMaker;

    @Test
    void aWideJpegGetsThreeCopiesServedWithImmutableCaching() throws Exception {
        MediaImage image = images.store(TestImages.encode(TestImages.noise(2000, 1000, 11), "jpg"));

        assertThat(image.variants()).extracting(ImageVariant::width, ImageVariant::height)
                .containsExactly(tuple(320, 160),
                        tuple(640, 320), tuple(1280, 640));
        for (ImageVariant variant : image.variants()) {
            assertThat(variant.url()).isEqualTo("/media/" + image.sha256() + "-" + variant.width() + ".jpg");
            byte[] body = mvc.perform(get(variant.url())).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "image/jpeg"))
                    .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Disposition", "inline"))
                    .andReturn().getResponse().getContentAsByteArray();
            BufferedImage served = TestImages.decode(body);
            assertThat(served.getWidth()).isEqualTo(variant.width());
            assertThat(served.getHeight()).isEqualTo(variant.height());
        }
        mvc.perform(get(image.url())).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        assertThat(image.srcset()).isEqualTo(String.join(", ", image.variants().get(0).url() + " 320w",
                image.variants().get(1).url() + " 640w", image.variants().get(2).url() + " 1280w",
                image.url() + " 2000w"));
    }

    @Test
    void anImage500WideGetsOnlyThe320Copy() throws Exception {
        MediaImage image = images.store(TestImages.encode(TestImages.noise(500, 300, 12), "png"));

        assertThat(image.variants()).extracting(ImageVariant::width, ImageVariant::height)
                .containsExactly(tuple(320, 192));
        mvc.perform(get("/media/" + image.sha256() + "-320.png")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/media/" + image.sha256() + "-640.png")).andExpect(status().isNotFound());
        mvc.perform(get("/media/" + image.sha256() + "-320.jpg")).andExpect(status().isNotFound());
        assertThat(Files.exists(images.file(image).resolveSibling(image.sha256() + "-640.png"))).isFalse();
    }

    @Test
    void copiesAreAveragedNotPickedPixels() {
        // alternating black and white pixels: nearest neighbour keeps black or white, averaging gives grey
        MediaImage image = images.store(TestImages.encode(TestImages.checkerboard(2560, 1280), "png"));

        assertThat(image.variants()).hasSize(3);
        for (ImageVariant variant : image.variants()) {
            BufferedImage copy = TestImages.decode(read(images.file(image, variant.width()).orElseThrow()));
            int[] blue = copy.getRaster().getSamples(0, 0, copy.getWidth(), copy.getHeight(), 2, (int[]) null);
            assertThat(IntStream.of(blue).min().orElseThrow()).as("darkest in the %d copy", variant.width())
                    .isGreaterThan(100);
            assertThat(IntStream.of(blue).max().orElseThrow()).as("lightest in the %d copy", variant.width())
                    .isLessThan(155);
        }
    }

    static Stream<Arguments> kindsOfPicture() {
        BufferedImage colour = TestImages.noise(400, 200, 21);
        return Stream.of(
                Arguments.of("grey JPEG", TestImages.encode(kind(colour, BufferedImage.TYPE_BYTE_GRAY), "jpg"), "jpg"),
                Arguments.of("palette PNG", TestImages.encode(kind(colour, BufferedImage.TYPE_BYTE_INDEXED), "png"), "png"),
                Arguments.of("16-bit grey PNG", TestImages.encode(kind(colour, BufferedImage.TYPE_USHORT_GRAY), "png"), "png"),
                Arguments.of("PNG with alpha", TestImages.encode(kind(colour, BufferedImage.TYPE_INT_ARGB), "png"), "png"),
                Arguments.of("GIF", TestImages.encode(colour, "gif"), "png"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsOfPicture")
    void everyKindOfPictureIsStoredWithItsCopy(String kind, byte[] bytes, String copyExtension) throws Exception {
        MediaImage image = images.store(bytes);

        assertThat(image.width()).isEqualTo(400);
        assertThat(image.variants()).singleElement().satisfies(v -> assertThat(v.url()).endsWith("-320." + copyExtension));
        byte[] copy = mvc.perform(get(image.variants().get(0).url())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(TestImages.decode(copy).getWidth()).isEqualTo(320);
        assertThat(TestImages.decode(copy).getHeight()).isEqualTo(160);
    }

    private static BufferedImage kind(BufferedImage source, int type) {
        BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return copy;
    }

    @Test
    void storingTheSameBytesTwiceGivesTheSameRowAndBuildsNothingTwice() throws IOException {
        byte[] photo = TestImages.encode(TestImages.noise(700, 400, 13), "jpg");
        MediaImage first = images.store(photo);
        List<Object> filesBefore = fileIdentities(first);
        long rows = rows();

        MediaImage second = images.store(photo.clone());

        assertThat(second).isEqualTo(first);
        assertThat(rows()).isEqualTo(rows);
        verify(inspector, times(1)).inspect(any()); // recognised by its hash, not decoded again
        verify(variantMaker, times(1)).make(any(), any());
        assertThat(fileIdentities(second)).as("inode and modification time of every file").isEqualTo(filesBefore);
    }

    @Test
    void uploadsDifferingOnlyInMetadataAreOneImage() {
        byte[] plain = TestImages.encode(TestImages.noise(400, 200, 14), "jpg");
        byte[] tagged = ContainerBytes.withSegmentsAfterSoi(plain, ContainerBytes.exifWithGps(1, "SOMEWHERE"));

        assertThat(images.store(tagged).id()).isEqualTo(images.store(plain).id());
        verify(variantMaker, times(1)).make(any(), any());
    }

    @Test
    void concurrentUploadsOfOnePictureMakeOneRow() throws Exception {
        byte[] photo = TestImages.encode(TestImages.noise(900, 600, 15), "jpg");
        long rows = rows();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> uploads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                uploads.add(() -> images.store(photo).id());
            }
            Set<Long> ids = new HashSet<>();
            for (Future<Long> id : pool.invokeAll(uploads)) {
                ids.add(id.get());
            }
            assertThat(ids).hasSize(1);
            assertThat(rows()).isEqualTo(rows + 1);
            verify(variantMaker, times(1)).make(any(), any());
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownImagesAndBadNamesAreNotFound() throws Exception {
        MediaImage image = images.store(TestImages.encode(TestImages.noise(400, 300, 16), "jpg"));
        String unknown = "0".repeat(64);

        for (String path : List.of("/media/" + unknown + ".jpg", "/media/" + unknown + "-320.jpg",
                "/media/" + image.sha256() + ".png", "/media/" + image.sha256() + "-0320.jpg",
                "/media/" + image.sha256() + "-1280.jpg", "/media/" + image.sha256().toUpperCase() + ".jpg",
                "/media/" + image.sha256(), "/media/x.jpg")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        // the security firewall refuses encoded traversal before any handler sees it
        mvc.perform(get("/media/..%2F..%2Fetc%2Fpasswd")).andExpect(status().isBadRequest());
        mvc.perform(get("/media/" + image.sha256() + "-320.jpg")).andExpect(status().isOk());
    }

    private long rows() {
        return jdbc.sql("select count(*) from media_image").query(Long.class).single();
    }

    private List<Object> fileIdentities(MediaImage image) throws IOException {
        List<Path> files = new ArrayList<>(List.of(images.file(image)));
        image.variants().forEach(v -> files.add(images.file(image, v.width()).orElseThrow()));
        List<Object> identities = new ArrayList<>();
        for (Path file : files) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            identities.add(List.of(file, attributes.fileKey(), attributes.lastModifiedTime()));
        }
        assertThat(identities).hasSize(1 + image.variants().size());
        return identities;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
