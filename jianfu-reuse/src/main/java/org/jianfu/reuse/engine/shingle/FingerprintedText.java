package org.jianfu.reuse.engine.shingle;

import org.jianfu.reuse.engine.text.MappedText;

/**
 * A text after normalisation with the hash of every shingle and the winnowed selection of them.
 * Documents are indexed by their selection; a query looks up all its shingles, so it finds every
 * selected fingerprint of a source inside a copied stretch, not only the ones both sides selected.
 */
public record FingerprintedText(MappedText text, int[] shingleHashes, Fingerprints selected) {
}
