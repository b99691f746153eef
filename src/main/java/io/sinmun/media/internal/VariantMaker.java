package io.sinmun.media.internal;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import io.sinmun.media.ImageType;
import io.sinmun.media.ImageVariant;

import org.springframework.stereotype.Component;

/** Makes the resized copies of an upright picture: every standard width narrower than it. */
@Component
public class VariantMaker {

    /** One resized copy, encoded. */
    public record Variant(int width, int height, byte[] bytes) {
    }

    /** The widths an image {@code width} pixels wide gets copies at, narrowest first. */
    public static List<Integer> widthsFor(int width) {
        return ImageVariant.WIDTHS.stream().filter(w -> w < width).toList();
    }

    /** The copies, narrowest first, in {@code type} (JPEG or PNG). */
    public List<Variant> make(BufferedImage upright, ImageType type) {
        List<Integer> widths = widthsFor(upright.getWidth());
        boolean alpha = type == ImageType.PNG && upright.getColorModel().hasAlpha();
        BufferedImage current = alpha ? ImageEncoding.premultiplied(upright) : ImageEncoding.opaque(upright);
        List<Variant> variants = new ArrayList<>();
        // widest first, each from the one before: less to read, and mostly exact halvings
        for (int i = widths.size() - 1; i >= 0; i--) {
            int width = widths.get(i);
            int height = ImageVariant.heightFor(upright.getWidth(), upright.getHeight(), width);
            current = Downscaling.to(current, width, height);
            byte[] bytes = type == ImageType.JPEG ? ImageEncoding.jpeg(current)
                    : ImageEncoding.png(alpha ? ImageEncoding.draw(current, BufferedImage.TYPE_INT_ARGB, null) : current);
            variants.add(0, new Variant(width, height, bytes));
        }
        return variants;
    }
}
