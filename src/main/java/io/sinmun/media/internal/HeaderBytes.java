package io.sinmun.media.internal;

import java.nio.charset.StandardCharsets;

/**
 * Reads the integers of image headers, bounds-checked: a read past the end means the file was cut
 * short, which is refused like any other damage.
 */
final class HeaderBytes {

    private HeaderBytes() {
    }

    static int u8(byte[] b, int at) {
        need(b, at, 1);
        return b[at] & 0xff;
    }

    static int u16be(byte[] b, int at) {
        need(b, at, 2);
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    static int u16le(byte[] b, int at) {
        need(b, at, 2);
        return (b[at + 1] & 0xff) << 8 | (b[at] & 0xff);
    }

    static int u24le(byte[] b, int at) {
        need(b, at, 3);
        return (b[at + 2] & 0xff) << 16 | (b[at + 1] & 0xff) << 8 | (b[at] & 0xff);
    }

    static long u32be(byte[] b, int at) {
        need(b, at, 4);
        return (long) u16be(b, at) << 16 | u16be(b, at + 2);
    }

    static long u32le(byte[] b, int at) {
        need(b, at, 4);
        return (long) u16le(b, at + 2) << 16 | u16le(b, at);
    }

    static String fourCc(byte[] b, int at) {
        need(b, at, 4);
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }

    static boolean startsWith(byte[] b, int at, int end, String ascii) {
        if (at < 0 || end > b.length || end - at < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static void need(byte[] b, long at, long count) {
        if (at < 0 || count < 0 || at + count > b.length) {
            throw Refusals.truncated();
        }
    }
}
