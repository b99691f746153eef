package io.sinmun.media;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import io.sinmun.media.internal.ImageInspector;
import io.sinmun.media.internal.ImageInspector.InspectedImage;
import io.sinmun.media.internal.MediaFiles;
import io.sinmun.media.internal.MediaImageRepository;
import io.sinmun.media.internal.MediaImageRepository.NewImage;
import io.sinmun.media.internal.MetadataStripper;
import io.sinmun.media.internal.MetadataStripper.CleanImage;
import io.sinmun.media.internal.VariantMaker;
import io.sinmun.system.SeoulTime;

import org.springframework.stereotype.Service;

/**
 * Stores and finds images. An upload is checked (see {@code docs/images.md}), stripped of
 * metadata, and stored with its resized copies in one call; until every check has passed,
 * nothing is written, so a refused upload leaves no row and no file.
 */
@Service
public class MediaImages {

    private static final int LOCK_STRIPES = 64;

    private final MediaImageRepository repository;
    private final ImageInspector inspector;
    private final MetadataStripper stripper;
    private final VariantMaker variantMaker;
    private final MediaFiles files;
    private final SeoulTime time;
    private final Object[] locks = new Object[LOCK_STRIPES];
    // a 50-megapixel photo needs 150-600 MB while decoded, turned and re-encoded: two at a time
    // keeps the heap predictable
    private final Semaphore decoding = new Semaphore(2, true);

    MediaImages(MediaImageRepository repository, ImageInspector inspector, MetadataStripper stripper,
            VariantMaker variantMaker, MediaFiles files, SeoulTime time) {
        this.repository = repository;
        this.inspector = inspector;
        this.stripper = stripper;
        this.variantMaker = variantMaker;
        this.files = files;
        this.time = time;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    public Optional<MediaImage> findById(long id) {
        return repository.findById(id);
    }

    public Optional<MediaImage> findBySha256(String sha256) {
        return repository.findBySha256(sha256);
    }

    /** The file that holds an image's bytes. */
    public Path file(MediaImage image) {
        return files.original(image.sha256(), image.type());
    }

    /** The file of the copy {@code width} pixels wide, if the image has one. */
    public Optional<Path> file(MediaImage image, int width) {
        return image.variant(width).map(v -> files.variant(image.sha256(), width, image.type().variantType()));
    }

    /**
     * Stores the picture once (same upload or same cleaned bytes: same row, nothing rebuilt) and
     * returns the catalogue entry, with resized copies already on disk.
     *
     * @throws ImageRejectedException when the bytes are not a whole JPEG, PNG, GIF or WebP within
     *         the limits; the message says why, in Korean
     */
    public MediaImage store(byte[] bytes) {
        inspector.checkSize(bytes);
        String source = sha256(bytes);
        // one upload of the same bytes at a time in this process, so copies are never built twice
        synchronized (locks[Math.floorMod(source.hashCode(), LOCK_STRIPES)]) {
            Optional<MediaImage> known = repository.findBySourceSha256(source);
            if (known.isPresent()) {
                return known.get();
            }
            decoding.acquireUninterruptibly();
            try {
                return storeNew(bytes, source);
            }
            finally {
                decoding.release();
            }
        }
    }

    private MediaImage storeNew(byte[] bytes, String source) {
        InspectedImage inspected = inspector.inspect(bytes);
        CleanImage clean = stripper.strip(bytes, inspected);
        // every refusal happens above this line; below it, files and the row are written
        String sha256 = sha256(clean.bytes());
        List<Integer> widths = VariantMaker.widthsFor(clean.width());
        Optional<MediaImage> same = repository.findBySha256(sha256);
        if (same.isPresent() && same.get().variants().size() == widths.size()) {
            return same.get();
        }
        ImageType type = clean.type();
        ImageType variantType = type.variantType();
        files.write(files.original(sha256, type), clean.bytes());
        if (!widths.stream().allMatch(w -> files.exists(files.variant(sha256, w, variantType)))) {
            for (VariantMaker.Variant variant : variantMaker.make(clean.upright(), variantType)) {
                files.write(files.variant(sha256, variant.width(), variantType), variant.bytes());
            }
        }
        repository.insertIfAbsent(new NewImage(sha256, source, type, clean.width(), clean.height(),
                clean.bytes().length, widths, time.now()));
        MediaImage stored = repository.findBySha256(sha256).orElseThrow();
        if (stored.variants().size() < widths.size()) {
            // a row from before resized copies existed: it has them now
            repository.updateVariantWidths(stored.id(), widths);
            stored = repository.findBySha256(sha256).orElseThrow();
        }
        return stored;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
