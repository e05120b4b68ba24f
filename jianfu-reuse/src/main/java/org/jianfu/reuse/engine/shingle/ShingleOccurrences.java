package org.jianfu.reuse.engine.shingle;

import java.util.Arrays;

/**
 * The distinct shingle hashes of a query, sorted as unsigned ints (the order of Lucene's 4-byte
 * terms, so the index is read front to back), each with the positions where it occurs. Shingles
 * occurring more than {@code maxOccurrences} times are left out: they are the query's own boilerplate.
 */
public record ShingleOccurrences(int[] hashes, int[][] positions) {

    public static ShingleOccurrences of(int[] shingleHashes, int maxOccurrences) {
        int n = shingleHashes.length;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            // Flipping the sign bit makes signed order of the long equal unsigned order of the hash.
            keyed[i] = ((long) (shingleHashes[i] ^ Integer.MIN_VALUE) << 32) | i;
        }
        Arrays.sort(keyed);
        int[] hashes = new int[n];
        int[][] positions = new int[n][];
        int distinct = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            int hash = (int) (keyed[i] >> 32) ^ Integer.MIN_VALUE;
            while (j < n && (int) (keyed[j] >> 32) == (int) (keyed[i] >> 32)) {
                j++;
            }
            if (j - i <= maxOccurrences) {
                int[] at = new int[j - i];
                for (int k = i; k < j; k++) {
                    at[k - i] = (int) keyed[k];
                }
                hashes[distinct] = hash;
                positions[distinct] = at;
                distinct++;
            }
            i = j;
        }
        return new ShingleOccurrences(Arrays.copyOf(hashes, distinct), Arrays.copyOf(positions, distinct));
    }
}
