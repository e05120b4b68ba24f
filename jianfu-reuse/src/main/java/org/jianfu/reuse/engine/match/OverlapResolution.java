package org.jianfu.reuse.engine.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When several sources explain the same stretch of the query (two versions of one law, or a source
 * and its own copy), keeps the best-supported passage and drops those lying mostly inside passages
 * already kept, so each copied stretch is reported once.
 */
public final class OverlapResolution {

    private static final double MAX_COVERED_SHARE = 0.5;

    public List<SourcedPiece> resolve(List<SourcedPiece> passages) {
        List<SourcedPiece> ranked = new ArrayList<>(passages);
        ranked.sort(Comparator.comparingInt((SourcedPiece p) -> -p.piece().seeds())
                .thenComparingInt(p -> -p.piece().queryLength())
                .thenComparingInt(SourcedPiece::document));
        List<SourcedPiece> kept = new ArrayList<>();
        for (SourcedPiece candidate : ranked) {
            if (coveredLength(candidate.piece(), kept) <= MAX_COVERED_SHARE * candidate.piece().queryLength()) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt((SourcedPiece p) -> p.piece().queryStart())
                .thenComparingInt(p -> p.piece().queryEnd()));
        return kept;
    }

    private static int coveredLength(Piece piece, List<SourcedPiece> kept) {
        int covered = 0;
        for (SourcedPiece other : kept) {
            int from = Math.max(piece.queryStart(), other.piece().queryStart());
            int to = Math.min(piece.queryEnd(), other.piece().queryEnd());
            covered += Math.max(0, to - from);
        }
        return covered;
    }
}
