package io.sinmun.media.internal;

import static io.sinmun.media.internal.HeaderBytes.u16le;
import static io.sinmun.media.internal.HeaderBytes.u8;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A GIF's block structure, checked without decoding, and the same file without metadata. A GIF
 * has no EXIF, but comment and application extensions carry free text and XMP (which can hold GPS
 * positions), so only what drawing and animation need stays: the header, colour tables, frames,
 * graphic control extensions (delays, transparency) and the NETSCAPE2.0 / ANIMEXTS1.0 loop count.
 */
record GifFile(int width, int height, List<Rectangle> frames, byte[] withoutMetadata) {

    private static final int IMAGE = 0x2C;
    private static final int EXTENSION = 0x21;
    private static final int TRAILER = 0x3B;
    private static final int GRAPHIC_CONTROL = 0xF9;
    private static final int APPLICATION = 0xFF;

    static GifFile parse(byte[] b) {
        int width = u16le(b, 6);
        int height = u16le(b, 8);
        int pos = 13 + colourTableSize(u8(b, 10));
        HeaderBytes.need(b, 0, pos);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, pos);
        List<Rectangle> frames = new ArrayList<>();
        while (true) {
            if (pos >= b.length) {
                throw Refusals.corrupt("GIF 끝 표시가 없습니다");
            }
            int block = u8(b, pos);
            int end;
            if (block == TRAILER) {
                if (frames.isEmpty()) {
                    throw Refusals.corrupt("GIF에 그림이 없습니다");
                }
                out.write(TRAILER);
                return new GifFile(width, height, List.copyOf(frames), out.toByteArray());
            }
            else if (block == IMAGE) {
                frames.add(new Rectangle(u16le(b, pos + 1), u16le(b, pos + 3), u16le(b, pos + 5), u16le(b, pos + 7)));
                // descriptor, local colour table, LZW code size, then the data sub-blocks
                end = afterSubBlocks(b, pos + 10 + colourTableSize(u8(b, pos + 9)) + 1);
                out.write(b, pos, end - pos);
            }
            else if (block == EXTENSION) {
                end = afterSubBlocks(b, pos + 2);
                if (isKept(b, u8(b, pos + 1), pos + 2)) {
                    out.write(b, pos, end - pos);
                }
            }
            else {
                throw Refusals.corrupt("GIF 구조가 올바르지 않습니다");
            }
            pos = end;
        }
    }

    long totalFramePixels() {
        return frames.stream().mapToLong(f -> (long) f.width * f.height).sum();
    }

    private static boolean isKept(byte[] b, int label, int firstSubBlock) {
        if (label == GRAPHIC_CONTROL) {
            return true;
        }
        return label == APPLICATION && u8(b, firstSubBlock) == 11
                && (HeaderBytes.startsWith(b, firstSubBlock + 1, b.length, "NETSCAPE2.0")
                        || HeaderBytes.startsWith(b, firstSubBlock + 1, b.length, "ANIMEXTS1.0"));
    }

    private static int colourTableSize(int packed) {
        return (packed & 0x80) == 0 ? 0 : 3 << ((packed & 0x07) + 1);
    }

    private static int afterSubBlocks(byte[] b, int pos) {
        while (true) {
            int size = u8(b, pos);
            pos += 1 + size;
            if (size == 0) {
                return pos;
            }
        }
    }
}
