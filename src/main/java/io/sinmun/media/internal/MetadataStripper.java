package io.sinmun.media.internal;

import java.awt.image.BufferedImage;

import io.sinmun.media.ImageType;
import io.sinmun.media.internal.ImageInspector.InspectedImage;

import org.springframework.stereotype.Component;

/**
 * Produces the bytes Sinmun stores: no EXIF, GPS, XMP, ICC profile or comment survives. JPEG and
 * PNG are decoded and re-encoded (which also drops anything appended after the image, as in
 * JPEG/ZIP or PNG/PHP polyglots), upright after applying the EXIF orientation; GIF and WebP keep
 * their frames byte for byte in a container rewritten without metadata (see {@link GifFile},
 * {@link WebpFile}), so animation and WebP's compression survive.
 */
@Component
public class MetadataStripper {

    /** The cleaned file, and its first frame upright, to make resized copies from. */
    public record CleanImage(ImageType type, byte[] bytes, BufferedImage upright) {

        public int width() {
            return upright.getWidth();
        }

        public int height() {
            return upright.getHeight();
        }
    }

    public CleanImage strip(byte[] original, InspectedImage image) {
        return switch (image.type()) {
            case JPEG -> {
                BufferedImage upright = Orientation.apply(ImageEncoding.opaque(image.firstFrame()), image.orientation());
                yield new CleanImage(ImageType.JPEG, ImageEncoding.jpeg(upright), upright);
            }
            case PNG -> {
                BufferedImage upright = Orientation.apply(image.firstFrame(), image.orientation());
                yield new CleanImage(ImageType.PNG, ImageEncoding.png(upright), upright);
            }
            case GIF -> new CleanImage(ImageType.GIF, GifFile.parse(original).withoutMetadata(), image.firstFrame());
            case WEBP -> new CleanImage(ImageType.WEBP, WebpFile.parse(original).withoutMetadata(), image.firstFrame());
        };
    }
}
