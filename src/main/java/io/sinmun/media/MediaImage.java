package io.sinmun.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A stored image. {@code sha256} names the file; the bytes never change for a given id. Width and
 * height are those of the stored, upright picture; {@code variants} are its resized copies,
 * narrowest first (none for images stored before variants existed).
 */
public record MediaImage(long id, String sha256, String contentType, int width, int height, long byteSize,
        Instant createdAt, List<ImageVariant> variants) {

    public MediaImage {
        variants = variants.stream().sorted(Comparator.comparingInt(ImageVariant::width)).toList();
    }

    /** An image without resized copies. */
    public MediaImage(long id, String sha256, String contentType, int width, int height, long byteSize,
            Instant createdAt) {
        this(id, sha256, contentType, width, height, byteSize, createdAt, List.of());
    }

    /** An image whose copies exist at the given widths (sizes follow from the original's). */
    public static MediaImage withVariants(long id, String sha256, String contentType, int width, int height,
            long byteSize, Instant createdAt, Collection<Integer> variantWidths) {
        String extension = ImageType.fromContentType(contentType).variantType().extension();
        List<ImageVariant> variants = variantWidths.stream()
                .map(w -> new ImageVariant(w, ImageVariant.heightFor(width, height, w),
                        "/media/" + sha256 + "-" + w + "." + extension))
                .toList();
        return new MediaImage(id, sha256, contentType, width, height, byteSize, createdAt, variants);
    }

    public ImageType type() {
        return ImageType.fromContentType(contentType);
    }

    public String extension() {
        return type().extension();
    }

    /** Path under which the site serves it; immutable, so it can be cached for a year. */
    public String url() {
        return "/media/" + sha256 + "." + extension();
    }

    /** The copy exactly {@code width} wide, if there is one. */
    public Optional<ImageVariant> variant(int width) {
        return variants.stream().filter(v -> v.width() == width).findFirst();
    }

    /**
     * The widest picture (copy or original) no wider than {@code maxWidth}; the narrowest copy
     * when even that is wider. For a {@code src} that must also serve browsers without srcset.
     */
    public String url(int maxWidth) {
        List<ImageVariant> candidates = candidates();
        return candidates.stream().filter(c -> c.width() <= maxWidth).reduce((a, b) -> b)
                .orElse(candidates.get(0)).url();
    }

    /** The {@code srcset} value: every copy and the original, as {@code url 320w, url 640w, …}. */
    public String srcset() {
        return candidates().stream().map(c -> c.url() + " " + c.width() + "w").collect(Collectors.joining(", "));
    }

    private List<ImageVariant> candidates() {
        List<ImageVariant> all = new ArrayList<>(variants);
        all.add(new ImageVariant(width, height, url()));
        return all;
    }
}
