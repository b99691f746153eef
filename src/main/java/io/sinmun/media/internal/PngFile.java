package io.sinmun.media.internal;

import static io.sinmun.media.internal.HeaderBytes.fourCc;
import static io.sinmun.media.internal.HeaderBytes.u32be;

import java.util.zip.CRC32;

/**
 * A PNG's chunk structure, checked without decoding: IHDR first, every chunk's CRC right, at least
 * one IDAT, and IEND at the end; the orientation of an eXIf chunk, if any.
 */
record PngFile(int orientation) {

    static PngFile parse(byte[] b) {
        int pos = 8; // after the signature, which sniffing has seen
        boolean first = true;
        boolean data = false;
        int orientation = Orientation.UPRIGHT;
        while (true) {
            if (pos + 12 > b.length) {
                throw Refusals.corrupt("PNG 끝 표시(IEND)가 없습니다");
            }
            long length = u32be(b, pos);
            if (length > b.length - pos - 12L) {
                throw Refusals.corrupt("PNG 끝 표시(IEND)가 없습니다");
            }
            String type = fourCc(b, pos + 4);
            int body = pos + 8;
            int end = body + (int) length;
            CRC32 crc = new CRC32();
            crc.update(b, pos + 4, (int) length + 4);
            if (crc.getValue() != u32be(b, end)) {
                throw Refusals.corrupt("PNG " + type.strip() + " 조각의 CRC가 맞지 않습니다");
            }
            if (first != type.equals("IHDR")) {
                throw Refusals.corrupt("PNG 머리(IHDR)가 맨 앞에 있어야 합니다");
            }
            first = false;
            switch (type) {
                case "IDAT" -> data = true;
                case "eXIf" -> orientation = Orientation.fromTiff(b, body, end);
                case "IEND" -> {
                    if (!data) {
                        throw Refusals.corrupt("PNG에 그림 데이터(IDAT)가 없습니다");
                    }
                    return new PngFile(orientation);
                }
                default -> {
                    // other chunks are checked by their CRC and dropped by re-encoding
                }
            }
            pos = end + 4;
        }
    }
}
