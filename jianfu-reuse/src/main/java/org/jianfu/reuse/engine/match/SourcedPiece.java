package org.jianfu.reuse.engine.match;

/** A passage found for one source document, identified by its number in the index. */
public record SourcedPiece(int document, Piece piece) {
}
