package org.jianfu.reuse.engine.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins the pieces of one source that follow each other in the query (at most {@code mergeGap} apart)
 * and come from nearby parts of the source (at most {@code reorderSpan} apart), so a copied stretch
 * with edited or reordered sentences is reported once, as a whole.
 */
public final class PieceMerging {

    private final int mergeGap;
    private final int reorderSpan;

    public PieceMerging(int mergeGap, int reorderSpan) {
        this.mergeGap = mergeGap;
        this.reorderSpan = reorderSpan;
    }

    public List<Piece> merge(List<Piece> pieces) {
        List<Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(Piece::queryStart).thenComparingInt(Piece::sourceStart));
        List<Piece> merged = new ArrayList<>();
        for (Piece piece : sorted) {
            boolean joined = false;
            // Look back over the last few open passages: a repeated phrase may have opened a stray one.
            for (int m = merged.size() - 1; m >= 0 && m >= merged.size() - 4; m--) {
                Piece current = merged.get(m);
                if (piece.queryStart() - current.queryEnd() <= mergeGap
                        && current.sourceDistance(piece) <= reorderSpan) {
                    merged.set(m, current.union(piece));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                merged.add(piece);
            }
        }
        return merged;
    }
}
