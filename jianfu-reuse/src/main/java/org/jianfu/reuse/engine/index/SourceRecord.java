package org.jianfu.reuse.engine.index;

/** What the index keeps of a document besides fingerprints: its id and where its normalised text came from. */
public record SourceRecord(String id, int[] starts, int[] ends) {
}
