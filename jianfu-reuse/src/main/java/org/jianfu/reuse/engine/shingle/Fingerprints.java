package org.jianfu.reuse.engine.shingle;

/**
 * Selected shingle hashes with their positions in the normalised text, in increasing position order.
 * The arrays may be longer than {@code count}.
 */
public record Fingerprints(int[] positions, int[] hashes, int count) {
}
