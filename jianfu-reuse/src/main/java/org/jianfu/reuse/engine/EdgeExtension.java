package org.jianfu.reuse.engine;

import org.jianfu.reuse.engine.match.Piece;

/**
 * The index keeps only winnowed fingerprints, so a passage found from them may stop up to a window
 * short of where the copy really starts or ends. When that shortfall reaches the start or end of the
 * source, and the query has room for it, the copy surely went on to the edge (a whole copy, a copied
 * opening or closing): the passage is extended to it.
 */
final class EdgeExtension {

    private final int reach;

    EdgeExtension(int reach) {
        this.reach = reach;
    }

    Piece extend(Piece piece, int queryLength, int sourceLength) {
        int before = piece.sourceStart();
        int after = sourceLength - piece.sourceEnd();
        int queryStart = piece.queryStart();
        int queryEnd = piece.queryEnd();
        int sourceStart = piece.sourceStart();
        int sourceEnd = piece.sourceEnd();
        if (before > 0 && before < reach && queryStart >= before) {
            queryStart -= before;
            sourceStart = 0;
        }
        if (after > 0 && after < reach && queryLength - queryEnd >= after) {
            queryEnd += after;
            sourceEnd = sourceLength;
        }
        return new Piece(queryStart, queryEnd, sourceStart, sourceEnd, piece.seeds());
    }
}
