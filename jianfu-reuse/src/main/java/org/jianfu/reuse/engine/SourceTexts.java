package org.jianfu.reuse.engine;

/**
 * Where the rewording-tolerant stage reads the text of a candidate source, by document id, to compare its
 * sentences with the checked text's. The index keeps a compressed copy of every text it indexed
 * ({@link #INDEXED}); a caller that keeps its documents elsewhere (a documents table) may pass them
 * instead. A text that is not the one indexed under that id (its content hash differs) is not used.
 */
@FunctionalInterface
public interface SourceTexts {

    /** The texts the index keeps itself. */
    SourceTexts INDEXED = id -> null;

    /** The text of the document with this id, or null to use the copy the index keeps. */
    String text(String documentId);
}
