package org.jianfu.reuse.engine;

/**
 * A stretch of the checked text that reproduces a stretch of one indexed document. Offsets are Unicode
 * code points of the original texts, start inclusive, end exclusive.
 *
 * @param similarity share of the source's fingerprints in the stretch found again (1.0 = verbatim)
 */
public record Passage(int queryStart, int queryEnd, String source, int sourceStart, int sourceEnd,
        double similarity) {

    public int length() {
        return queryEnd - queryStart;
    }
}
