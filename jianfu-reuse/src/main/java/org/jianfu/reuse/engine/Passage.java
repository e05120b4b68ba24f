package org.jianfu.reuse.engine;

import java.util.List;

/**
 * A stretch of the checked text that reproduces a stretch of one indexed document. Offsets are Unicode
 * code points of the original texts, start inclusive, end exclusive.
 *
 * @param similarity how faithfully the stretch reproduces the source after normalisation (punctuation,
 *     numbering, place names do not count): 1.0 verbatim; from the first stage the share of the source's
 *     fingerprints found again, from the rewording-tolerant stage the character-bigram Dice of its
 *     sentences with the source's (length-weighted)
 * @param alsoFoundIn other documents holding the same stretch (同见于), credited to {@code source} because
 *     it explains the most of it
 */
public record Passage(int queryStart, int queryEnd, String source, int sourceStart, int sourceEnd,
        double similarity, List<String> alsoFoundIn) {

    /** Similarity from which a passage is 照抄 (copied as is), below it 改写 (reworded). */
    public static final double VERBATIM_SIMILARITY = 0.8;

    public Passage {
        alsoFoundIn = List.copyOf(alsoFoundIn);
    }

    public Passage(int queryStart, int queryEnd, String source, int sourceStart, int sourceEnd, double similarity) {
        this(queryStart, queryEnd, source, sourceStart, sourceEnd, similarity, List.of());
    }

    public int length() {
        return queryEnd - queryStart;
    }

    public Kind kind() {
        return similarity >= VERBATIM_SIMILARITY ? Kind.VERBATIM : Kind.REWORDED;
    }

    /** 照抄: copied as is, or with punctuation, numbering, place names and a few characters changed; 改写: reworded. */
    public enum Kind {
        VERBATIM("照抄"), REWORDED("改写");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
