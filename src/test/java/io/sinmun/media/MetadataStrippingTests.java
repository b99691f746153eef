package io.sinmun.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * No EXIF, GPS, XMP, ICC profile or comment survives in what is stored, in any of the four
 * formats; the picture itself does (upright, with its frames and loop count).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "sinmun.demo=false")
class MetadataStrippingTests {

    @Autowired MediaImages images;

    @Test
    void exifAndGpsAreStrippedAndTheOrientationIsApplied() {
        byte[] photo = ContainerBytes.withSegmentsAfterSoi(TestImages.encode(TestImages.halves(200, 100), "jpg"),
                ContainerBytes.exifWithGps(6, "SECRET-DATUM-37N"), ContainerBytes.xmpSegment("SECRET-XMP"),
                ContainerBytes.segment(0xFE, TestImages.ascii("SECRET-COMMENT")));
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif", "SECRET-DATUM-37N");

        MediaImage image = images.store(photo);
        byte[] stored = read(images.file(image));

        assertThat(ContainerBytes.jpegMarkers(stored)).as("segments before the scan")
                .isSubsetOf(0xE0, 0xDB, 0xC0, 0xC4, 0xDD, 0xDA).doesNotContain(0xE1, 0xFE);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif", "MM\0*", "SECRET-DATUM-37N", "SECRET-XMP", "SECRET-COMMENT", "xap/1.0");
        assertThat(image.width()).isEqualTo(100);
        assertThat(image.height()).isEqualTo(200);
        // orientation 6 means "turn 90° clockwise to view": the left (red) half is now on top
        BufferedImage upright = TestImages.decode(stored);
        assertThat(upright.getWidth()).isEqualTo(100);
        assertThat(new Color(upright.getRGB(50, 20)).getRed()).isGreaterThan(200);
        assertThat(new Color(upright.getRGB(50, 180)).getBlue()).isGreaterThan(200);
    }


    @Test
    void jpegIsReencodedAtQualityNinety() {
        byte[] stored = read(images.file(images.store(TestImages.encode(TestImages.noise(64, 64, 8), "jpg"))));

        // IJG tables scaled for quality 0.9: the luminance DC step 16 becomes 3 (at the default 0.75: 8)
        assertThat(ContainerBytes.firstQuantizationStep(stored)).isEqualTo(3);
    }

    @Test
    void pngTextExifAndTimeChunksAreDropped() {
        byte[] png = ContainerBytes.withChunksAfterIhdr(TestImages.encode(TestImages.noise(40, 30, 7), "png"),
                ContainerBytes.pngChunk("tEXt", TestImages.ascii("Comment\0SECRET-TEXT")),
                ContainerBytes.pngChunk("iTXt", TestImages.ascii("XML:com.adobe.xmp\0\0\0\0\0SECRET-XMP")),
                ContainerBytes.pngChunk("eXIf", Arrays.copyOfRange(ContainerBytes.exifWithGps(1, "SECRET-GPS"),
                        10, ContainerBytes.exifWithGps(1, "SECRET-GPS").length)),
                ContainerBytes.pngChunk("tIME", new byte[] { 0x07, (byte) 0xE5, 1, 8, 10, 0, 0 }));

        byte[] stored = read(images.file(images.store(png)));

        assertThat(ContainerBytes.pngChunkTypes(stored)).isSubsetOf("IHDR", "PLTE", "tRNS", "IDAT", "IEND")
                .contains("IDAT");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("SECRET");
        assertThat(TestImages.decode(stored).getRGB(5, 5)).isEqualTo(TestImages.noise(40, 30, 7).getRGB(5, 5));
    }


    @Test
    void gifCommentsAndXmpAreDroppedButTheLoopCountStays() {
        byte[] gif = ContainerBytes.withGifBlocks(TestImages.encode(TestImages.halves(40, 20), "gif"),
                ContainerBytes.gifExtension(0xFF, TestImages.ascii("NETSCAPE2.0"), new byte[] { 1, 0, 0 }),
                ContainerBytes.gifExtension(0xFE, TestImages.ascii("SECRET-COMMENT")),
                ContainerBytes.gifExtension(0xFF, TestImages.ascii("XMP DataXMP"), TestImages.ascii("SECRET-XMP")));

        MediaImage image = images.store(gif);
        byte[] stored = read(images.file(image));

        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("GIF89a").contains("NETSCAPE2.0").doesNotContain("SECRET", "XMP DataXMP");
        assertThat(stored).hasSize(gif.length - (2 + 1 + 14 + 1) - (2 + 1 + 11 + 1 + 10 + 1));
        assertThat(image.url()).endsWith(".gif");
        assertThat(TestImages.decode(stored).getRGB(5, 5)).isEqualTo(TestImages.halves(40, 20).getRGB(5, 5));
    }


    @Test
    void webpLosesItsExifXmpAndIccChunksButKeepsItsPictureAndFlagsMatch() throws IOException {
        byte[] webp = ContainerBytes.webpWithMetadata(TestImages.WEBP_STILL, "SECRET-GPS");
        assertThat(ContainerBytes.webpChunkIds(webp)).contains("ICCP", "EXIF", "XMP ");

        MediaImage image = images.store(webp);
        byte[] stored = read(images.file(image));

        assertThat(ContainerBytes.webpChunkIds(stored)).containsExactly("VP8X", "ALPH", "VP8 ");
        assertThat(stored[20] & (0x20 | 0x08 | 0x04)).as("ICC, EXIF and XMP flags").isZero();
        assertThat(stored[20] & 0x10).as("alpha flag").isNotZero();
        assertThat(ByteBuffer.wrap(stored, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt())
                .isEqualTo(stored.length - 8);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("SECRET");
        assertThat(Arrays.copyOfRange(stored, 30, stored.length))
                .isEqualTo(Arrays.copyOfRange(TestImages.WEBP_STILL, 30, TestImages.WEBP_STILL.length));
        assertThat(image.width()).isEqualTo(24);
        assertThat(frames(stored)).isEqualTo(1);
    }


    @Test
    void anAnimatedWebpKeepsItsFrames() throws IOException {
        byte[] stored = read(images.file(images.store(TestImages.WEBP_ANIMATED)));

        assertThat(ContainerBytes.webpChunkIds(stored)).containsExactly("VP8X", "ANIM", "ANMF", "ANMF");
        assertThat(frames(stored)).isEqualTo(2);
    }


    private static int frames(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return reader.getNumImages(true);
        }
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
