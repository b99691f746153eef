package io.sinmun.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import javax.imageio.ImageIO;

/** Builds the images and attack files the media tests upload, byte by byte where it matters. */
final class TestImages {

    /** 24×16 lossy WebP with alpha (VP8X, ALPH, VP8), made with cwebp 1.2.4. */
    static final byte[] WEBP_STILL = Base64.getDecoder().decode("UklGRoIAAABXRUJQVlA4WAoAAAAQAAAAFwAADwAAQUxQSBUAAAAB"
            + "D/DA/4iIICQg/F/rgW5BRP8DmwEAVlA4IEYAAAAwAwCdASoYABAAPm0qkkWkIqGYBABABsSgC7LoB+AACEUAAP7wm0P/kFywuuRr/8g"
            + "Lk/+ghZ/sQfyA+3v/oIWf7D4J5sAA");

    /** 24×16 animated WebP, two frames (VP8X, ANIM, ANMF, ANMF), made with img2webp 1.2.4. */
    static final byte[] WEBP_ANIMATED = Base64.getDecoder().decode("UklGRvYAAABXRUJQVlA4WAoAAAASAAAAFwAADwAAQU5J"
            + "TQYAAAD/////AABBTk1GfAAAAAAAAAAAABcAAA8AAGQAAAJBTFBIFQAAAAEP8MD/iIggJCD8X+uBbkFE/wObAQBWUDggRgAAADADAJ0"
            + "BKhgAEAA+bSqSRaQioZgEAEAGxKALsugH4AAIRQAA/vCbQ/+QXLC65Gv/yAuT/6CFn+xB/ID7e/+ghZ/sPgnmwABBTk1GRgAAAAAA"
            + "AAAAAAsAAA8AAGQAAABWUDggLgAAAJQBAJ0BKgwAEAAAACYloAJ0ugADmAD++1Xj/6XB/9Lg/+lwf+lwfxuyzhukAAA=");

    private TestImages() {
    }

    /** Left half red, right half blue: shows which way a picture was turned. */
    static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    /** Random colours: incompressible, for size limits and realistic encoding times. */
    static BufferedImage noise(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    /** Black and white pixels alternating: nearest-neighbour shrinking keeps them, averaging gives grey. */
    static BufferedImage checkerboard(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x + y) % 2 == 0 ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
