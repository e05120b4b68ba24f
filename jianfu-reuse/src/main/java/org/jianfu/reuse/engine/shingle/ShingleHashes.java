package org.jianfu.reuse.engine.shingle;

/**
 * 32-bit hashes of every k code point window (shingle) of a normalised text, by a rolling polynomial
 * hash over 64 bits whose result is mixed (murmur3 finaliser) so that winnowing sees uniform values.
 */
public final class ShingleHashes {

    private static final long BASE = 0x100000001B3L;

    private final int shingleLength;
    private final long highestPower;

    public ShingleHashes(int shingleLength) {
        if (shingleLength < 2 || shingleLength > 64) {
            throw new IllegalArgumentException("shingleLength must be in 2..64, was " + shingleLength);
        }
        this.shingleLength = shingleLength;
        long power = 1;
        for (int i = 1; i < shingleLength; i++) {
            power *= BASE;
        }
        this.highestPower = power;
    }

    public int shingleLength() {
        return shingleLength;
    }

    /** Hash of the shingle starting at each position; empty when the text is shorter than k. */
    public int[] hashes(int[] codePoints, int length) {
        int count = length - shingleLength + 1;
        if (count <= 0) {
            return new int[0];
        }
        int[] hashes = new int[count];
        long rolling = 0;
        for (int i = 0; i < shingleLength; i++) {
            rolling = rolling * BASE + codePoints[i];
        }
        hashes[0] = mix(rolling);
        for (int i = 1; i < count; i++) {
            rolling = (rolling - codePoints[i - 1] * highestPower) * BASE + codePoints[i + shingleLength - 1];
            hashes[i] = mix(rolling);
        }
        return hashes;
    }

    private static int mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
