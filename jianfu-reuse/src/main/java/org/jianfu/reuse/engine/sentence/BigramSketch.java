package org.jianfu.reuse.engine.sentence;

/**
 * One-permutation min-hash of a unit's character bigrams: each bigram hashes into one of {@value #BINS}
 * bins and each bin keeps four bits of its smallest hash (1–15; 0 = empty). The share of non-empty bins
 * two units agree on estimates the Jaccard similarity of their bigram sets (plus 1/15 chance agreement),
 * so a reworded sentence can be recognised without the index keeping its text: {@value #BYTES} bytes per
 * unit instead of about three per character. Sixteen four-bit bins estimate better than eight one-byte
 * bins of the same size (the variance of the agreed share falls with the number of bins).
 */
public final class BigramSketch {

    public static final int BINS = 16;
    public static final int BYTES = BINS / 2;

    private BigramSketch() {
    }

    static void sketch(int[] codePoints, int from, int to, byte[] out, int unit) {
        int[] minimum = new int[BINS];
        java.util.Arrays.fill(minimum, Integer.MAX_VALUE);
        for (int i = from; i + 1 < to; i++) {
            int h = mix(codePoints[i] * 0x9E3779B1 + codePoints[i + 1]);
            int bin = h >>> 28;
            int rest = h & 0x0FFFFFFF;
            if (rest < minimum[bin]) {
                minimum[bin] = rest;
            }
        }
        for (int b = 0; b < BINS; b++) {
            int value = 0;
            if (minimum[b] != Integer.MAX_VALUE) {
                value = 1 + Integer.remainderUnsigned(mix(minimum[b]), 15);
            }
            int at = unit * BYTES + b / 2;
            out[at] = (byte) (b % 2 == 0 ? (out[at] & 0xF0) | value : (out[at] & 0x0F) | value << 4);
        }
    }

    /** The value (1–15, 0 = empty) of bin {@code bin} of unit {@code unit}. */
    static int value(byte[] sketches, int unit, int bin) {
        int b = sketches[unit * BYTES + bin / 2] & 0xFF;
        return bin % 2 == 0 ? b & 0x0F : b >>> 4;
    }

    /** Bins both units filled with the same value, and bins both filled, packed as agreed << 8 | filled. */
    static int compare(byte[] a, int aUnit, byte[] b, int bUnit) {
        int agreed = 0;
        int filled = 0;
        for (int i = 0; i < BINS; i++) {
            int x = value(a, aUnit, i);
            int y = value(b, bUnit, i);
            if (x != 0 && y != 0) {
                filled++;
                if (x == y) {
                    agreed++;
                }
            }
        }
        return agreed << 8 | filled;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
