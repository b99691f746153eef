package io.sinmun.media.internal;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import io.sinmun.media.ImageRejectedException;
import io.sinmun.media.ImageType;

import org.springframework.stereotype.Component;

/**
 * Decides whether bytes are an image Sinmun stores, cheapest check first: size, magic bytes, the
 * pixel count the header declares (before any pixel is decoded: a decompression bomb is refused
 * here), the container's structure (complete, checksums right), then a full decode.
 */
@Component
public class ImageInspector {

    /** A picture that passed: its type, first frame as decoded and the EXIF orientation to apply. */
    public record InspectedImage(ImageType type, BufferedImage firstFrame, int orientation) {
    }

    private final MediaProperties properties;

    ImageInspector(MediaProperties properties) {
        this.properties = properties;
    }

    /** Refuses what is empty or over the byte limit; cheap, so it runs before anything else. */
    public void checkSize(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw Refusals.empty();
        }
        if (bytes.length > properties.maxBytes()) {
            throw Refusals.tooManyBytes(properties.maxBytes());
        }
    }

    public InspectedImage inspect(byte[] bytes) {
        checkSize(bytes);
        ImageType type = ImageType.sniff(bytes).orElseThrow(() -> looksLikeSvg(bytes) ? Refusals.svg()
                : Refusals.notAnImage());
        Rectangle declared = declaredSize(bytes);
        checkPixels(declared.width, declared.height, (long) declared.width * declared.height);
        int orientation = Orientation.UPRIGHT;
        long decodedPixels = (long) declared.width * declared.height;
        GifFile gif = null;
        switch (type) {
            case JPEG -> orientation = JpegFile.parse(bytes).orientation();
            case PNG -> orientation = PngFile.parse(bytes).orientation();
            case GIF -> {
                gif = GifFile.parse(bytes);
                checkPixels(gif.width(), gif.height(), (long) gif.width() * gif.height());
                decodedPixels = gif.totalFramePixels();
            }
            case WEBP -> decodedPixels *= WebpFile.parse(bytes).frames();
        }
        // every frame is decoded to prove it is whole; their sum is bounded like one big picture
        if (decodedPixels > properties.maxPixels()) {
            throw Refusals.tooManyFramePixels(decodedPixels, properties.maxPixels());
        }
        BufferedImage first = decode(bytes, type);
        return new InspectedImage(type, gif == null ? first : onScreen(first, gif), orientation);
    }

    /** A GIF's first frame where it sits on the logical screen, which may be larger than the frame. */
    private static BufferedImage onScreen(BufferedImage frame, GifFile gif) {
        Rectangle at = gif.frames().get(0);
        if (at.x == 0 && at.y == 0 && frame.getWidth() == gif.width() && frame.getHeight() == gif.height()) {
            return frame;
        }
        BufferedImage screen = new BufferedImage(gif.width(), gif.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = screen.createGraphics();
        try {
            g.drawImage(frame, at.x, at.y, null);
        }
        finally {
            g.dispose();
        }
        return screen;
    }

    private void checkPixels(long width, long height, long pixels) {
        if (width <= 0 || height <= 0) {
            throw Refusals.corrupt("가로나 세로 크기가 0입니다");
        }
        if (pixels > properties.maxPixels()) {
            throw Refusals.tooManyPixels(width, height, properties.maxPixels());
        }
    }

    private static Rectangle declaredSize(byte[] bytes) {
        return withReader(bytes, reader -> new Rectangle(reader.getWidth(0), reader.getHeight(0)));
    }

    /** Decodes every frame (a damaged later frame is damage too) and keeps the first. */
    private static BufferedImage decode(byte[] bytes, ImageType type) {
        return withReader(bytes, reader -> {
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage first = reader.read(0);
            int frames = type == ImageType.GIF || type == ImageType.WEBP ? reader.getNumImages(true) : 1;
            for (int i = 1; i < frames; i++) {
                reader.read(i);
            }
            // libjpeg pads missing data with grey and only warns; other warnings (stray bytes) are harmless
            if (warnings.stream().map(w -> w.toLowerCase(Locale.ROOT))
                    .anyMatch(w -> w.contains("premature end") || w.contains("missing eoi"))) {
                throw Refusals.corrupt("그림 데이터가 중간에 끊겼습니다");
            }
            return first;
        });
    }

    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(byte[] bytes, ReaderWork<T> work) {
        // in memory: ImageIO's default stream would copy the upload to a temporary file first
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw Refusals.notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                return work.apply(reader);
            }
            finally {
                reader.dispose();
            }
        }
        catch (ImageRejectedException ex) {
            throw ex;
        }
        catch (IOException | RuntimeException ex) {
            // decoders signal damage with IIOException, EOFException and, for some files,
            // IndexOutOfBounds or IllegalArgument from deep inside: all mean "not a whole image"
            throw Refusals.corrupt("그림 데이터를 읽을 수 없습니다");
        }
    }

    private static boolean looksLikeSvg(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return start.contains("<svg");
    }
}
