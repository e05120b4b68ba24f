package org.jianfu.reuse.engine.match;

/**
 * A stretch of the query matching a stretch of one source, in normalised positions, end exclusive,
 * with the number of seed pairs that support it.
 */
public record Piece(int queryStart, int queryEnd, int sourceStart, int sourceEnd, int seeds) {

    public int queryLength() {
        return queryEnd - queryStart;
    }

    public int sourceLength() {
        return sourceEnd - sourceStart;
    }

    /**
     * Seeds found against seeds expected: an index keeps about 2 / (w + 1) of a source's shingles and
     * a query looks up all of its own, so a verbatim copy finds them all. Measured over the shorter side,
     * so that a passage whose sentences were moved is not judged by the source stretch it spans.
     */
    public double similarity(int shingleLength, int winnowWindow) {
        int length = Math.min(queryLength(), sourceLength());
        double expected = (length - shingleLength + 1) * 2.0 / (winnowWindow + 1);
        return Math.min(1.0, seeds / Math.max(1.0, expected));
    }

    Piece union(Piece other) {
        return new Piece(Math.min(queryStart, other.queryStart), Math.max(queryEnd, other.queryEnd),
                Math.min(sourceStart, other.sourceStart), Math.max(sourceEnd, other.sourceEnd), seeds + other.seeds);
    }

    int sourceDistance(Piece other) {
        return Math.max(0, Math.max(other.sourceStart - sourceEnd, sourceStart - other.sourceEnd));
    }
}
