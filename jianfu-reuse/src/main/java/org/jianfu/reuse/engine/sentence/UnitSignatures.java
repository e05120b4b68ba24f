package org.jianfu.reuse.engine.sentence;

import java.util.Arrays;

/**
 * One signature per unit of a text, so the index can tell how many documents hold a near-identical unit
 * (a sentence's commonness): the smallest {@value #BOTTOM} of the unit's character-bigram hashes, mixed
 * into one 64-bit value. Two units share it when their {@value #BOTTOM} smallest bigrams agree, which
 * happens with a probability close to their bigram Jaccard similarity to the power {@value #BOTTOM}: about
 * always for identical units, often for formulaic ones that differ in a word (违反本条例规定，构成犯罪的 /
 * 违反本法规定，构成犯罪的), almost never for unrelated ones. Units shorter than {@link TextUnits}' minimum
 * for seeds get 0 (no signature).
 */
public final class UnitSignatures {

    static final int BOTTOM = 3;
    /** A unit with fewer distinct bigrams is too short to be told apart by its signature. */
    static final int MIN_BIGRAMS = 6;

    private UnitSignatures() {
    }

    /** Per unit, its signature, or 0 when it has none. */
    public static long[] of(TextUnits units) {
        long[] signatures = new long[units.count()];
        long[] smallest = new long[BOTTOM];
        for (int u = 0; u < units.count(); u++) {
            long[] bigrams = units.bigrams()[u];
            if (units.length(u) < RewordedAlignment.MIN_UNIT || bigrams.length < MIN_BIGRAMS) {
                continue;
            }
            Arrays.fill(smallest, Long.MAX_VALUE);
            for (long bigram : bigrams) {
                long h = mix(bigram) >>> 1; // non-negative, so Long.MAX_VALUE is "none yet"
                if (h < smallest[BOTTOM - 1]) {
                    int at = BOTTOM - 1;
                    while (at > 0 && smallest[at - 1] > h) {
                        smallest[at] = smallest[at - 1];
                        at--;
                    }
                    smallest[at] = h;
                }
            }
            long signature = 0x9E3779B97F4A7C15L;
            for (long h : smallest) {
                signature = mix(signature ^ h);
            }
            signatures[u] = signature == 0 ? 1 : signature;
        }
        return signatures;
    }

    /** The distinct non-zero signatures, ascending: what the index stores for a document. */
    public static long[] distinct(long[] signatures) {
        return Arrays.stream(signatures).filter(s -> s != 0).sorted().distinct().toArray();
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB9FE1A85EC53L;
        x ^= x >>> 33;
        return x;
    }
}
