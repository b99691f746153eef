package io.sinmun.media.internal;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The EXIF Orientation tag, read from a TIFF block and applied to the pixels, so that a phone
 * photo stays upright once its EXIF is gone. Values as in EXIF 2.3: 1 is upright, 6 is turn
 * 90° clockwise to view, 8 counter-clockwise, 2–5 and 7 mirror.
 */
final class Orientation {

    static final int UPRIGHT = 1;
    private static final int TAG = 0x0112;
    private static final int SHORT = 3;

    private Orientation() {
    }

    /** The orientation in the TIFF block from {@code start} to {@code end}; upright when absent or unreadable. */
    static int fromTiff(byte[] b, int start, int end) {
        try {
            boolean little;
            if (HeaderBytes.startsWith(b, start, end, "II")) {
                little = true;
            }
            else if (HeaderBytes.startsWith(b, start, end, "MM")) {
                little = false;
            }
            else {
                return UPRIGHT;
            }
            long ifd = start + read32(b, start + 4, little);
            int entries = read16(b, (int) ifd, little);
            for (int i = 0; i < entries; i++) {
                int entry = (int) ifd + 2 + i * 12;
                if (entry + 12 > end) {
                    return UPRIGHT;
                }
                if (read16(b, entry, little) == TAG && read16(b, entry + 2, little) == SHORT) {
                    int value = read16(b, entry + 8, little);
                    return value >= 1 && value <= 8 ? value : UPRIGHT;
                }
            }
            return UPRIGHT;
        }
        catch (RuntimeException ex) {
            // a broken EXIF block is metadata we drop anyway; it is no reason to refuse the photo
            return UPRIGHT;
        }
    }

    /** The picture turned and mirrored as the tag says, in a new image of the same kind. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation == UPRIGHT) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        // x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12, on pixel edges: exact, no resampling
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> throw new IllegalArgumentException("orientation " + orientation);
        };
        int type = ImageEncoding.isOpaqueStandard(image.getType()) ? image.getType()
                : image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage turned = new BufferedImage(swaps ? h : w, swaps ? w : h, type);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, t, null);
        }
        finally {
            g.dispose();
        }
        return turned;
    }

    private static int read16(byte[] b, int at, boolean little) {
        return little ? HeaderBytes.u16le(b, at) : HeaderBytes.u16be(b, at);
    }

    private static long read32(byte[] b, int at, boolean little) {
        return little ? HeaderBytes.u32le(b, at) : HeaderBytes.u32be(b, at);
    }
}
