package io.sinmun.cache.internal;

/**
 * Which renders are worth storing: a page is stored the second time it is rendered within a
 * while, not the first. Most of a big archive is read once in a long time (by one reader, a
 * crawler going through every article): storing those evicted nothing useful (W-TinyLFU keeps
 * the popular pages anyway) but every stored page lived through a young collection, and copying
 * them was most of the collector's pauses while such reads came in. A popular page costs one
 * more render. The table holds the last key hash per slot: approximate, fixed in size (512 KiB),
 * nothing allocated per read.
 */
final class Doorkeeper {

    private static final int SLOTS = 1 << 16;

    private final long[] seen = new long[SLOTS];
    private final boolean storeOnFirstRead;

    Doorkeeper(boolean storeOnFirstRead) {
        this.storeOnFirstRead = storeOnFirstRead;
    }

    /** True if the page should be stored: it was rendered before (or everything is stored). */
    boolean admit(String key) {
        if (storeOnFirstRead) {
            return true;
        }
        long hash = hash(key);
        int slot = (int) (hash ^ (hash >>> 32)) & (SLOTS - 1);
        if (seen[slot] == hash) {
            return true;
        }
        seen[slot] = hash; // a race loses a mark, at worst one more render
        return false;
    }

    private static long hash(String key) {
        long hash = 0xcbf29ce484222325L; // FNV-1a, 64 bits: a collision would store a one-off page, no more
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }
}
