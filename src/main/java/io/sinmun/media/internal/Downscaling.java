package io.sinmun.media.internal;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * High-quality shrinking: halve with bilinear filtering (at exactly one half that averages each
 * 2×2 block) while the target is at most half the size, then one bicubic step to the exact size.
 * A single bilinear or bicubic step over a larger ratio skips pixels and shows aliasing.
 */
final class Downscaling {

    private Downscaling() {
    }

    /** {@code source} (INT_RGB or INT_ARGB_PRE) scaled to {@code width × height}, never up. */
    static BufferedImage to(BufferedImage source, int width, int height) {
        if (width > source.getWidth() || height > source.getHeight()) {
            throw new IllegalArgumentException("Downscaling only: " + source.getWidth() + "x" + source.getHeight()
                    + " to " + width + "x" + height);
        }
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = step(current, current.getWidth() / 2, current.getHeight() / 2,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getWidth() != width || current.getHeight() != height) {
            current = step(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        return current;
    }

    private static BufferedImage step(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, source.getType());
        Graphics2D g = target.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        }
        finally {
            g.dispose();
        }
        return target;
    }
}
