package io.sinmun.media.internal;

import static io.sinmun.media.internal.HeaderBytes.fourCc;
import static io.sinmun.media.internal.HeaderBytes.u32le;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * A WebP's RIFF container, checked without decoding, and the same file without metadata. ImageIO
 * here reads WebP but cannot write it, so rather than re-encode (losing alpha, animation or
 * lossless coding) the container is rewritten: the image chunks stay byte for byte, EXIF, XMP,
 * ICCP and unknown chunks go, and the VP8X flags and RIFF size are fixed to match.
 */
record WebpFile(int frames, byte[] withoutMetadata) {

    private static final Set<String> IMAGE_DATA = Set.of("VP8 ", "VP8L");
    private static final Set<String> FRAME_PARTS = Set.of("ALPH", "VP8 ", "VP8L");
    private static final Set<String> KEPT = Set.of("VP8X", "ANIM", "ALPH", "VP8 ", "VP8L");
    private static final int ICC_EXIF_XMP_FLAGS = 0x20 | 0x08 | 0x04;

    static WebpFile parse(byte[] b) {
        long riffSize = u32le(b, 4);
        if (riffSize % 2 != 0 || riffSize < 4 || riffSize + 8 > b.length) {
            throw Refusals.corrupt("WebP 크기 정보가 파일과 맞지 않습니다");
        }
        int end = (int) riffSize + 8;
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(end);
        int frames = 0;
        boolean still = false;
        for (int pos = 12; pos < end; pos += 8 + padded(chunkSize(b, pos, end))) {
            String id = fourCc(b, pos);
            int size = chunkSize(b, pos, end);
            if (id.equals("VP8X") && (pos != 12 || size < 10) || id.equals("ANMF") && size < 16) {
                throw Refusals.corrupt("WebP 구조가 올바르지 않습니다");
            }
            if (id.equals("ANMF")) {
                writeChunk(chunks, id, frameWithoutExtras(b, pos + 8, pos + 8 + size));
                frames++;
            }
            else if (KEPT.contains(id)) {
                byte[] chunk = Arrays.copyOfRange(b, pos, pos + 8 + padded(size));
                if (id.equals("VP8X")) {
                    chunk[8] &= (byte) ~ICC_EXIF_XMP_FLAGS; // the chunks these flags announce are gone
                }
                chunks.write(chunk, 0, chunk.length);
                still |= IMAGE_DATA.contains(id);
            }
        }
        if (!still && frames == 0) {
            throw Refusals.corrupt("WebP에 그림 데이터가 없습니다");
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream(chunks.size() + 12);
        byte[] header = ascii("RIFF____WEBP");
        writeLe32(header, 4, 4 + chunks.size());
        file.write(header, 0, header.length);
        file.write(chunks.toByteArray(), 0, chunks.size());
        return new WebpFile(Math.max(1, frames), file.toByteArray());
    }

    /** An ANMF payload: its 16-byte frame header, then only the alpha and bitstream sub-chunks. */
    private static byte[] frameWithoutExtras(byte[] b, int start, int end) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(end - start);
        frame.write(b, start, 16);
        boolean bitstream = false;
        int pos = start + 16;
        while (pos < end) {
            String id = fourCc(b, pos);
            int size = chunkSize(b, pos, end);
            if (FRAME_PARTS.contains(id)) {
                bitstream |= IMAGE_DATA.contains(id);
                frame.write(b, pos, 8 + padded(size));
            }
            pos += 8 + padded(size);
        }
        if (!bitstream) {
            throw Refusals.corrupt("WebP 프레임에 그림 데이터가 없습니다");
        }
        return frame.toByteArray();
    }

    private static int chunkSize(byte[] b, int pos, int end) {
        long size = u32le(b, pos + 4);
        if (size > end - pos - 8L || pos + 8 + size + (size & 1) > end) {
            throw Refusals.corrupt("WebP 조각이 중간에 잘렸습니다");
        }
        return (int) size;
    }

    private static int padded(int size) {
        return size + (size & 1);
    }

    private static void writeChunk(ByteArrayOutputStream out, String id, byte[] data) {
        byte[] header = ascii(id + "____");
        writeLe32(header, 4, data.length);
        out.write(header, 0, 8);
        out.write(data, 0, data.length);
        if (data.length % 2 == 1) {
            out.write(0);
        }
    }

    private static void writeLe32(byte[] b, int at, long value) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
