package org.jianfu.reuse.engine.shingle;

import org.jianfu.reuse.engine.text.MappedText;
import org.jianfu.reuse.engine.text.TextNormalizer;

/** Normalises a text, hashes its shingles and winnows them. Thread-safe. */
public final class DocumentFingerprinter {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final ShingleHashes shingles;
    private final Winnowing winnowing;

    public DocumentFingerprinter(int shingleLength, int winnowWindow) {
        this.shingles = new ShingleHashes(shingleLength);
        this.winnowing = new Winnowing(winnowWindow);
    }

    public int shingleLength() {
        return shingles.shingleLength();
    }

    public FingerprintedText fingerprint(String original) {
        MappedText text = normalizer.normalize(original);
        int[] hashes = shingles.hashes(text.codePoints(), text.length());
        return new FingerprintedText(text, hashes, winnowing.select(hashes));
    }
}
