package org.jianfu.reuse.engine;

/** A 64-bit hash of a text, to skip re-indexing unchanged documents. */
final class ContentHash {

    private ContentHash() {
    }

    static long of(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        return hash ^ (hash >>> 33) ^ text.length();
    }
}
