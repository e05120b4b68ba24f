package org.jianfu.reuse.engine.match;

import java.util.List;

/**
 * A passage found for one source document, identified by its number in the index, with its similarity
 * (0–1) and the other documents that hold the same stretch (同见于), best first.
 */
public record SourcedPiece(int document, Piece piece, double similarity, List<Integer> alsoIn) {

    public SourcedPiece {
        alsoIn = List.copyOf(alsoIn);
    }

    public SourcedPiece(int document, Piece piece, double similarity) {
        this(document, piece, similarity, List.of());
    }

    /** How much of the query this passage explains, and how well: the rank among sources of one stretch. */
    public double weight() {
        return piece.queryLength() * similarity;
    }
}
