package io.sinmun.media;

import java.util.List;

/** A resized copy of a stored image, never wider than the original; as immutable as the original. */
public record ImageVariant(int width, int height, String url) {

    /** The widths Sinmun makes, smallest first; only those narrower than the original exist. */
    public static final List<Integer> WIDTHS = List.of(320, 640, 1280);

    /** The height a copy {@code variantWidth} wide has: the original's aspect ratio, rounded, at least 1. */
    public static int heightFor(int width, int height, int variantWidth) {
        return Math.max(1, (int) Math.round((double) height * variantWidth / width));
    }
}
