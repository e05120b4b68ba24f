package org.jianfu.reuse.engine.match;

import java.util.Arrays;

/**
 * Matching shingle positions between the query and one source, packed as {@code query << 32 | source}
 * (both are non-negative), plus how many distinct fingerprints of the query hit this source.
 */
public final class SeedPairs {

    private long[] pairs = new long[8];
    private int count;
    private int distinctHits;

    public void add(int queryPosition, int sourcePosition) {
        if (count == pairs.length) {
            pairs = Arrays.copyOf(pairs, count * 2);
        }
        pairs[count++] = ((long) queryPosition << 32) | sourcePosition;
    }

    public void countHit() {
        distinctHits++;
    }

    public int distinctHits() {
        return distinctHits;
    }

    public int count() {
        return count;
    }

    /** The pairs sorted by query then source position. */
    public long[] sorted() {
        long[] sorted = Arrays.copyOf(pairs, count);
        Arrays.sort(sorted);
        return sorted;
    }

    static int queryOf(long pair) {
        return (int) (pair >>> 32);
    }

    static int sourceOf(long pair) {
        return (int) pair;
    }
}
