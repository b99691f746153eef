package io.sinmun.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.sinmun.system.DataDirectory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploads that are not a whole image within the limits: each is refused with a Korean message
 * that says why, and leaves nothing behind: no row, no file, no temporary file. The API takes
 * bytes, so a file's name (evil.php.jpg) plays no part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "sinmun.demo=false", "sinmun.media.max-bytes=300000" })
class ImageUploadRefusalTests {

    @Autowired MediaImages images;
    @Autowired JdbcClient jdbc;
    @Autowired DataDirectory dataDirectory;

    static Stream<Arguments> attacks() {
        byte[] jpeg = TestImages.encode(TestImages.noise(64, 48, 1), "jpg");
        byte[] png = TestImages.encode(TestImages.noise(64, 48, 2), "png");
        byte[] gif = TestImages.encode(TestImages.halves(64, 48), "gif");
        byte[] badCrc = png.clone();
        badCrc[60] ^= 0x55; // inside the first IDAT's data
        return Stream.of(
                Arguments.of("PHP script (named evil.jpg)", TestImages.ascii("<?php system($_GET['c']); ?>"),
                        "JPEG, PNG, GIF, WebP 이미지만"),
                Arguments.of("SVG with a script", TestImages.ascii("""
                        <?xml version="1.0"?>
                        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                          <script>alert(document.cookie)</script><rect width="10" height="10"/>
                        </svg>"""), "SVG 파일은 스크립트를 담을 수 있어"),
                Arguments.of("HTML page", TestImages.ascii("<!DOCTYPE html><html><body><script>alert(1)</script>"),
                        "JPEG, PNG, GIF, WebP 이미지만"),
                Arguments.of("ZIP archive", TestImages.concat(new byte[] { 'P', 'K', 3, 4 }, new byte[200]),
                        "JPEG, PNG, GIF, WebP 이미지만"),
                Arguments.of("PNG declaring 100000×100000 (decompression bomb)",
                        ContainerBytes.pngDeclaring(100_000, 100_000), "이미지가 너무 큽니다 (100000×100000)"),
                Arguments.of("JPEG cut in half", Arrays.copyOf(jpeg, jpeg.length / 2), "손상되었거나 일부가 잘린"),
                Arguments.of("JPEG cut in half with an EOI marker stuck on",
                        TestImages.concat(Arrays.copyOf(jpeg, jpeg.length / 2), new byte[] { (byte) 0xFF, (byte) 0xD9 }),
                        "손상되었거나 일부가 잘린"),
                Arguments.of("JPEG with 150 scans (slow to decode)", withRepeatedScan(jpeg, 150), "스캔이 100개를 넘습니다"),
                Arguments.of("PNG cut in half", Arrays.copyOf(png, png.length / 2), "손상되었거나 일부가 잘린"),
                Arguments.of("PNG with a damaged IDAT", badCrc, "CRC가 맞지 않습니다"),
                Arguments.of("GIF without its trailer", Arrays.copyOf(gif, gif.length - 1), "손상되었거나 일부가 잘린"),
                Arguments.of("WebP cut short", Arrays.copyOf(TestImages.WEBP_STILL, 100), "손상되었거나 일부가 잘린"),
                Arguments.of("JPEG magic bytes and nothing else", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
                        "손상되었거나 일부가 잘린"),
                Arguments.of("empty file", new byte[0], "빈 파일입니다"),
                Arguments.of("file over the byte limit (a valid PNG)",
                        TestImages.encode(TestImages.noise(400, 400, 3), "png"), "293KB까지"));
    }

    /** The JPEG with its one scan (SOS segment and entropy-coded data) repeated {@code times} times. */
    private static byte[] withRepeatedScan(byte[] jpeg, int times) {
        int sos = 2;
        while ((jpeg[sos + 1] & 0xff) != 0xDA) {
            sos += 2 + ((jpeg[sos + 2] & 0xff) << 8 | (jpeg[sos + 3] & 0xff));
        }
        byte[] scan = Arrays.copyOfRange(jpeg, sos, jpeg.length - 2);
        byte[][] parts = new byte[times + 2][];
        parts[0] = Arrays.copyOf(jpeg, sos);
        Arrays.fill(parts, 1, times + 1, scan);
        parts[times + 1] = new byte[] { (byte) 0xFF, (byte) 0xD9 };
        return TestImages.concat(parts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void isRefusedWithAReasonAndLeavesNothingBehind(String what, byte[] bytes, String message) throws IOException {
        long rows = rows();
        List<Path> files = mediaFiles();

        assertThatThrownBy(() -> images.store(bytes)).isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining(message);

        assertThat(rows()).as("rows").isEqualTo(rows);
        assertThat(mediaFiles()).as("files under data-dir/media").isEqualTo(files);
    }

    private long rows() {
        return jdbc.sql("select count(*) from media_image").query(Long.class).single();
    }

    private List<Path> mediaFiles() throws IOException {
        Path media = dataDirectory.resolve("media");
        if (!Files.exists(media)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(media)) {
            return all.sorted().toList();
        }
    }
}
