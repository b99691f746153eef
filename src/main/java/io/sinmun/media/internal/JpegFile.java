package io.sinmun.media.internal;

import static io.sinmun.media.internal.HeaderBytes.u16be;
import static io.sinmun.media.internal.HeaderBytes.u8;

/**
 * A JPEG's marker structure, walked without decoding: SOI, segments, entropy-coded scans, EOI.
 * A file without its EOI marker was cut short; decoders would pad the missing part with grey.
 */
record JpegFile(int width, int height, int orientation) {

    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int APP1 = 0xE1;
    // a progressive JPEG has about ten scans; thousands of tiny ones make decoding take minutes
    private static final int MAX_SCANS = 100;

    static JpegFile parse(byte[] b) {
        int pos = 2; // after SOI, which sniffing has seen
        int width = 0;
        int height = 0;
        int orientation = Orientation.UPRIGHT;
        boolean exifSeen = false;
        int scans = 0;
        while (true) {
            if (pos >= b.length) {
                throw Refusals.corrupt("JPEG 끝 표시(EOI)가 없습니다");
            }
            if (u8(b, pos) != 0xFF) {
                throw Refusals.corrupt("JPEG 구조가 올바르지 않습니다");
            }
            while (pos < b.length && u8(b, pos) == 0xFF) {
                pos++; // fill bytes before a marker
            }
            int marker = u8(b, pos++);
            if (marker == EOI) {
                if (scans == 0 || width == 0 || height == 0) {
                    throw Refusals.corrupt("JPEG에 그림 데이터가 없습니다");
                }
                return new JpegFile(width, height, orientation);
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                continue; // TEM and restart markers stand alone, without a length
            }
            if (marker == 0x00 || marker == 0xD8) {
                throw Refusals.corrupt("JPEG 구조가 올바르지 않습니다");
            }
            int length = u16be(b, pos);
            HeaderBytes.need(b, pos, length);
            if (length < 2) {
                throw Refusals.corrupt("JPEG 구조가 올바르지 않습니다");
            }
            int body = pos + 2;
            int end = pos + length;
            if (isStartOfFrame(marker) && length >= 8) {
                height = u16be(b, body + 1);
                width = u16be(b, body + 3);
            }
            if (marker == APP1 && !exifSeen && HeaderBytes.startsWith(b, body, end, "Exif\0\0")) {
                exifSeen = true;
                orientation = Orientation.fromTiff(b, body + 6, end);
            }
            pos = end;
            if (marker == SOS) {
                if (++scans > MAX_SCANS) {
                    throw Refusals.tooManyScans(MAX_SCANS);
                }
                pos = endOfScan(b, pos);
            }
        }
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** The next marker after entropy-coded data, where 0xFF is followed by 0x00 (stuffing) or RSTn. */
    private static int endOfScan(byte[] b, int pos) {
        while (pos + 1 < b.length) {
            if (b[pos] == (byte) 0xFF) {
                int next = b[pos + 1] & 0xff;
                if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                    return pos;
                }
            }
            pos++;
        }
        return b.length;
    }
}
