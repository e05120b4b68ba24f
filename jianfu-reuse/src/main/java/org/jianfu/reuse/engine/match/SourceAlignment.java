package org.jianfu.reuse.engine.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns a query with one candidate source: chains the seeds, drops lone seeds (a shared phrase is no
 * copy), merges the rest into passages and keeps those at least {@code minPassageLength} normalised
 * characters long on the query side and dense enough in seeds ({@code minSimilarity}).
 */
public final class SourceAlignment {

    private static final int MIN_PIECE_SEEDS = 2;

    private final SeedChaining chaining;
    private final PieceMerging merging;
    private final int minPassageLength;
    private final double minSimilarity;
    private final int shingleLength;
    private final int winnowWindow;

    public SourceAlignment(SeedChaining chaining, PieceMerging merging, int minPassageLength, double minSimilarity,
            int shingleLength, int winnowWindow) {
        this.chaining = chaining;
        this.merging = merging;
        this.minPassageLength = minPassageLength;
        this.minSimilarity = minSimilarity;
        this.shingleLength = shingleLength;
        this.winnowWindow = winnowWindow;
    }

    public List<Piece> align(SeedPairs seeds) {
        List<Piece> pieces = new ArrayList<>();
        for (Piece piece : chaining.chain(seeds.sorted())) {
            if (piece.seeds() >= MIN_PIECE_SEEDS && piece.similarity(shingleLength, winnowWindow) >= minSimilarity) {
                pieces.add(piece);
            }
        }
        List<Piece> passages = new ArrayList<>();
        for (Piece passage : merging.merge(pieces)) {
            if (passage.queryLength() >= minPassageLength && isBalanced(passage)
                    && passage.similarity(shingleLength, winnowWindow) >= minSimilarity) {
                passages.add(passage);
            }
        }
        return passages;
    }

    /**
     * A copy is about as long in the query as in the source, even with edits; a passage twice as long
     * on one side is phrases the other side repeats.
     */
    private boolean isBalanced(Piece passage) {
        int shorter = Math.min(passage.queryLength(), passage.sourceLength());
        int longer = Math.max(passage.queryLength(), passage.sourceLength());
        return longer <= shorter * 3 / 2 + 2 * shingleLength;
    }
}
