package org.jianfu.reuse.engine.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.jianfu.reuse.engine.shingle.Fingerprints;

/**
 * Feeds winnowed fingerprints to Lucene as 4-byte terms whose positions are the fingerprints' offsets
 * in the normalised text, so postings give (document, position) seeds for alignment directly.
 */
final class FingerprintTokenStream extends TokenStream {

    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Fingerprints fingerprints;
    private int next;
    private int lastPosition = -1;

    FingerprintTokenStream(Fingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    @Override
    public boolean incrementToken() {
        if (next >= fingerprints.count()) {
            return false;
        }
        clearAttributes();
        int position = fingerprints.positions()[next];
        term.setBytesRef(termBytes(fingerprints.hashes()[next]));
        increment.setPositionIncrement(position - lastPosition);
        lastPosition = position;
        next++;
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
        lastPosition = -1;
    }

    static BytesRef termBytes(int hash) {
        byte[] bytes = {(byte) (hash >>> 24), (byte) (hash >>> 16), (byte) (hash >>> 8), (byte) hash};
        return new BytesRef(bytes);
    }
}
