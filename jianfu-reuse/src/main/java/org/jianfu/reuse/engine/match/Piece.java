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

    Piece union(Piece other) {
        return new Piece(Math.min(queryStart, other.queryStart), Math.max(queryEnd, other.queryEnd),
                Math.min(sourceStart, other.sourceStart), Math.max(sourceEnd, other.sourceEnd), seeds + other.seeds);
    }

    int sourceDistance(Piece other) {
        return Math.max(0, Math.max(other.sourceStart - sourceEnd, sourceStart - other.sourceEnd));
    }
}
